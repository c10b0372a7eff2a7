/**
 * The timeline's arithmetic: partnerships by start year, what a year step changes, what screen readers
 * hear, and where the slider's keys move the year. Pure: no DOM. The rule for time itself (active in a
 * range) is `activeIn` in filters.ts; docs/timeline.md explains both for users.
 */
import { fill, type UiLang } from '../i18n/strings';
import { timelineStrings } from '../i18n/timeline-strings';
import { applyFilters, type FilterData, type FilterResult, type FilterState } from './filters';
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

/** What moving from one year to another changes, with the other filters held. */
export interface YearChange {
  begins: Partnership[];
  ends: Partnership[];
  /** Links and groups active in the new year. */
  active: number;
}

export interface Partnership {
  kind: 'link' | 'group';
  id: string;
}

/**
 * The change from the year `from` (null: from no year, all that is active begins) to the year `to`,
 * in dataset order: links first, then groups. `now`, when given, is `applyFilters` for the year `to`
 * (the map has it already: a step on a large network then filters once, not twice).
 */
export function yearChange(
  dataset: FilterData,
  filters: FilterState,
  from: number | null,
  to: number,
  now: Pick<FilterResult, 'links' | 'groups'> = applyFilters(dataset, { ...filters, years: [to, to] }),
): YearChange {
  const none = { links: new Set<string>(), groups: new Set<string>() };
  const before = from === null ? none : applyFilters(dataset, { ...filters, years: [from, from] });
  const begins: Partnership[] = [];
  const ends: Partnership[] = [];
  const compare = (
    kind: Partnership['kind'],
    ids: readonly { id: string }[],
    a: Set<string>,
    b: Set<string>,
  ) => {
    for (const { id } of ids) {
      if (b.has(id) && !a.has(id)) begins.push({ kind, id });
      else if (a.has(id) && !b.has(id)) ends.push({ kind, id });
    }
  };
  compare('link', dataset.links ?? [], before.links, now.links);
  compare('group', dataset.groups ?? [], before.groups, now.groups);
  return { begins, ends, active: now.links.size + now.groups.size };
}

/** A partnership's name for speech: its title, else its ends (a link) or its name (a group). */
export function partnershipName(dataset: Dataset, { kind, id }: Partnership, lang: UiLang): string {
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
  now?: Pick<FilterResult, 'links' | 'groups'>,
): string {
  const t = timelineStrings(lang);
  const change = yearChange(dataset, filters, from, to, now);
  // Only the few named are looked up: a step on a large network changes hundreds.
  const changes = [
    ...change.begins.map((k) => [k, t.begins] as const),
    ...change.ends.map((k) => [k, t.ends] as const),
  ];
  const parts = changes
    .slice(0, NAMED_CHANGES)
    .map(([k, verb]) => `${partnershipName(dataset, k, lang)} ${verb}`);
  if (changes.length > NAMED_CHANGES) parts.push(fill(t.more, { n: changes.length - NAMED_CHANGES }));
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
