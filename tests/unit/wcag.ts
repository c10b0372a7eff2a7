/** Test helper: WCAG 2.x contrast of colours given as `#rgb`, `#rrggbb` or `rgb(a)(…)`; alpha is composited on `over`. */

type RGB = [number, number, number];

export function parseColor(input: string): { rgb: RGB; alpha: number } {
  const s = input.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1] ?? '';
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return {
      rgb: [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as RGB,
      alpha: 1,
    };
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(s);
  if (fn) {
    const parts = (fn[1] ?? '')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    const [r = 0, g = 0, b = 0, a = 1] = parts;
    return { rgb: [r, g, b], alpha: a };
  }
  throw new Error(`parseColor: unsupported colour "${input}"`);
}

/** The colour seen when `top` (with its alpha, times `opacity`) lies on the opaque `bottom`. */
export function composite(top: string, bottom: string, opacity = 1): RGB {
  const t = parseColor(top);
  const b = parseColor(bottom).rgb;
  const a = t.alpha * opacity;
  return t.rgb.map((c, i) => c * a + (b[i] ?? 0) * (1 - a)) as RGB;
}

function luminance([r, g, b]: RGB): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** A colour with alpha flattened onto an opaque ground, as `#rrggbb`. */
export function onGround(color: string, ground: string): string {
  return `#${composite(color, ground)
    .map((c) => Math.round(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Contrast ratio (1–21) of `fg` (composited with `opacity`) against the opaque `bg`. */
export function contrast(fg: string, bg: string, opacity = 1): number {
  const a = luminance(composite(fg, bg, opacity));
  const b = luminance(parseColor(bg).rgb);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
