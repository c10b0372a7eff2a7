/** Order statistics for noisy timings: medians and spreads, never means. */

/** The q-quantile (0..1) with linear interpolation between order statistics; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median and min–max of the finite values (a failed run leaves a gap, not a zero). */
export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const ok = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(ok),
    min: ok.length ? Math.min(...ok) : Number.NaN,
    max: ok.length ? Math.max(...ok) : Number.NaN,
    n: ok.length,
  };
}

/**
 * A over B for values paired by repetition (measured minutes apart in the same run): the ratio of the
 * medians, and the min–max of the per-repetition ratios, which shows how steady the ratio is.
 */
export function ratio(
  a: readonly (number | null | undefined)[],
  b: readonly (number | null | undefined)[],
): Summary {
  const perRun: number[] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (typeof x === 'number' && typeof y === 'number' && y > 0) perRun.push(x / y);
  });
  const spread = summarize(perRun);
  return { ...spread, median: summarize(a).median / summarize(b).median };
}
