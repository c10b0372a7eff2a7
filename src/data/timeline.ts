/**
 * The timeline's arithmetic: partnerships by start year, what a year step changes, what screen readers
 * hear, and where the slider's keys move the year. Pure: no DOM. The rule for time itself (active in a
 * range) is `activeIn` in filters.ts; docs/timeline.md explains both for users.
 */
import { fill, type UiLang } from '../i18n/strings';
import { timelineStrings } from '../i18n/timeline-strings';
import { applyFilters, type FilterData, type FilterState } from './filters';
import type { Dataset } from './schema';
import { isProposed } from './sources';
import { localize } from './text';

/** Partnerships (links and groups) starting in one year, established and proposed apart. */
export interface YearBin {
  year: number;
  established: number;
  proposed: number;
}

/** One bin per year of `extent` (empty years included, so the bars line up with the slider's years). */
export function startHistogram(
  dataset: Pick<Dataset, 'links' | 'groups'>,
  extent: [number, number] | null,
): YearBin[] {
  if (!extent) return [];
  const bins: YearBin[] = [];
  for (let year = extent[0]; year <= extent[1]; year++) bins.push({ year, established: 0, proposed: 0 });
  for (const entry of [...(dataset.links ?? []), ...(dataset.groups ?? [])]) {
    if (entry.since === undefined) continue;
    const bin = bins[entry.since - extent[0]];
    if (!bin) continue;
    if (isProposed(entry)) bin.proposed += 1;
    else bin.established += 1;
  }
  return bins;
}

/** What moving from one year to another changes, with the other filters held. Ids are prefixed by kind. */
export interface YearChange {
  begins: string[];
  ends: string[];
  /** Links and groups active in the new year. */
  active: number;
}

const key = (kind: 'link' | 'group', id: string) => `${kind}:${id}`;

function activeKeys(dataset: FilterData, filters: FilterState, year: number): Set<string> {
  const r = applyFilters(dataset, { ...filters, years: [year, year] });
  return new Set([
    ...[...r.links].map((id) => key('link', id)),
    ...[...r.groups].map((id) => key('group', id)),
  ]);
}

/**
 * The change from the year `from` (null: from no year, all that is active begins) to the year `to`,
 * in dataset order: links first, then groups.
 */
export function yearChange(
  dataset: FilterData,
  filters: FilterState,
  from: number | null,
  to: number,
): YearChange {
  const now = activeKeys(dataset, filters, to);
  const before = from === null ? new Set<string>() : activeKeys(dataset, filters, from);
  const order = [
    ...(dataset.links ?? []).map((l) => key('link', l.id)),
    ...(dataset.groups ?? []).map((g) => key('group', g.id)),
  ];
  return {
    begins: order.filter((k) => now.has(k) && !before.has(k)),
    ends: order.filter((k) => before.has(k) && !now.has(k)),
    active: now.size,
  };
}

/** A partnership's name for speech: its title, else its ends (a link) or its name (a group). */
export function partnershipName(dataset: Dataset, prefixed: string, lang: UiLang): string {
  const [kind, id] = prefixed.split(/:(.*)/s) as ['link' | 'group', string];
  if (kind === 'group') {
    const group = dataset.groups.find((g) => g.id === id);
    return group ? localize(group.name, lang) : id;
  }
  const link = dataset.links.find((l) => l.id === id);
  if (!link) return id;
  if (link.title) return localize(link.title, lang);
  const city = (c: string) => {
    const found = dataset.cities.find((x) => x.id === c);
    return found ? localize(found.name, lang) : c;
  };
  const type = dataset.linkTypes.find((t) => t.id === link.type);
  return `${city(link.source)}–${city(link.target)}${type ? ` ${localize(type.label, lang).toLowerCase()}` : ''}`;
}

/** How many changes are named before "and n more": a year step on a large network stays one sentence. */
export const NAMED_CHANGES = 3;

/**
 * What screen readers hear on a year step, e.g. "1993: Helsinki–St. Petersburg co-operation agreement
 * begins; Øresund region begins; 3 partnerships active".
 */
export function yearAnnouncement(
  dataset: Dataset,
  filters: FilterState,
  from: number | null,
  to: number,
  lang: UiLang,
): string {
  const t = timelineStrings(lang);
  const change = yearChange(dataset, filters, from, to);
  const named = [
    ...change.begins.map((k) => `${partnershipName(dataset, k, lang)} ${t.begins}`),
    ...change.ends.map((k) => `${partnershipName(dataset, k, lang)} ${t.ends}`),
  ];
  const parts = named.slice(0, NAMED_CHANGES);
  if (named.length > NAMED_CHANGES) parts.push(fill(t.more, { n: named.length - NAMED_CHANGES }));
  parts.push(fill(t.active, { n: change.active }));
  return `${to}: ${parts.join('; ')}`;
}

export type SliderKey =
  | 'year-up'
  | 'year-down'
  | 'year-page-up'
  | 'year-page-down'
  | 'year-first'
  | 'year-last';

/** Years a PageUp/PageDown moves. */
export const YEAR_PAGE = 5;

/** The year a slider key moves to, kept inside `extent` (a year outside it is first brought in). */
export function sliderYear(command: SliderKey, year: number, extent: [number, number]): number {
  const [min, max] = extent;
  const move: Record<SliderKey, number> = {
    'year-up': year + 1,
    'year-down': year - 1,
    'year-page-up': year + YEAR_PAGE,
    'year-page-down': year - YEAR_PAGE,
    'year-first': min,
    'year-last': max,
  };
  return Math.max(min, Math.min(max, move[command]));
}

/** The year after `year` while playing `extent`; null at its end. */
export function nextYear(year: number | null, extent: [number, number]): number | null {
  if (year === null || year < extent[0]) return extent[0];
  return year >= extent[1] ? null : year + 1;
}
