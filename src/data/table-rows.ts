/**
 * Rows of the data tables (cities and partnerships) and their sorting. Pure: no DOM. The element
 * `<archipelago-tables>` renders these rows; every value here is plain text or a number.
 */

import type { CityMetrics } from './metrics';
import type { Dataset, Meta, Source, Status } from './schema';
import { URL_SCHEMES } from './schema';
import { formatSource, isVerified, statusOf } from './sources';
import { cityNames, localize } from './text';

export type { CityMetrics };

export type SortDir = 'ascending' | 'descending';

export interface CityRow {
  id: string;
  /** The name in the table's language. */
  name: string;
  /** The city's own names (`localLanguages`) that differ from `name`, with their language tags. */
  localNames: { lang: string; name: string }[];
  /** The country's name in the table's language (the code when the runtime cannot name it). */
  country: string;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: string;
  population: number | null;
  populationYear: number | null;
  /** `isVerified(population)`: false when the figure is marked unverified; true when there is none. */
  populationVerified: boolean;
  /** The population's note in the table's language, `''` when none. */
  populationNote: string;
  /**
   * What the population figures are (`meta.population.definition`) in the table's language, `''` when
   * the dataset does not say. The same for every row: show it once, e.g. under the table or in the
   * column header's description.
   */
  populationDefinition: string;
  degree: number | null;
  weightedDegree: number | null;
  betweenness: number | null;
  closeness: number | null;
  clustering: number | null;
  /** `isVerified(city)`: cites a source and is not marked `verified: false`. */
  verified: boolean;
  /** The city's note in the table's language, `''` when none. */
  note: string;
}

export interface SourceCell {
  /** `formatSource(source)`: the title, and for a slide its number and title. */
  title: string;
  /** Only http:, https: and mailto: URLs; `null` otherwise (shown as text, never as a link). */
  url: string | null;
}

export interface LinkRow {
  id: string;
  /** The partnership's title, or "A – B" when it has none. */
  name: string;
  a: string;
  aId: string;
  b: string;
  bId: string;
  /** The link type's label in the table's language (its id when the type is unknown). */
  type: string;
  typeId: string;
  since: number | null;
  until: number | null;
  description: string;
  sources: SourceCell[];
  /** `established` or `proposed` (a recommendation or plan, not a partnership that existed). */
  status: Status;
  /** `isVerified(link)`: cites a source and is not marked `verified: false`. */
  verified: boolean;
  note: string;
}

export type CityKey =
  | 'name'
  | 'country'
  | 'population'
  | 'degree'
  | 'weightedDegree'
  | 'betweenness'
  | 'closeness'
  | 'clustering';
export type LinkKey = 'name' | 'a' | 'b' | 'type' | 'status' | 'since' | 'description' | 'sources';

export const CITY_KEYS: readonly CityKey[] = [
  'name',
  'country',
  'population',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'clustering',
];
export const LINK_KEYS: readonly LinkKey[] = [
  'name',
  'a',
  'b',
  'type',
  'status',
  'since',
  'description',
  'sources',
];
/** Columns holding numbers (right-aligned, sorted numerically). */
export const NUMERIC_KEYS: ReadonlySet<string> = new Set([
  'population',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'clustering',
  'since',
]);

/** The URL when it is an http:, https: or mailto: URL, else `null`. */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  const trimmed = url.trim();
  const lower = trimmed.toLowerCase();
  if (!URL_SCHEMES.some((scheme) => lower.startsWith(scheme))) return null;
  try {
    const parsed = new URL(trimmed);
    return (URL_SCHEMES as readonly string[]).includes(parsed.protocol) ? trimmed : null;
  } catch {
    return null;
  }
}

function sourceCells(sources: readonly Source[] | undefined): SourceCell[] {
  return (sources ?? []).map((s) => ({ title: formatSource(s), url: safeUrl(s.url) }));
}

const finite = (n: number | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) ? n : null;

function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang || 'en', 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One row per city, in file order; only those in `visible` when it is given (`null`: all). Metrics are
 * `null` when `metrics` is `null` or lacks the city (the table shows '—').
 */
export function cityRows(
  dataset: Pick<Dataset, 'cities'> & { meta?: Pick<Meta, 'population'> },
  lang: string,
  metrics: ReadonlyMap<string, CityMetrics> | null = null,
  visible: ReadonlySet<string> | null = null,
): CityRow[] {
  const populationDefinition = localize(dataset.meta?.population?.definition, lang);
  return dataset.cities
    .filter((c) => visible === null || visible.has(c.id))
    .map((city) => {
      const name = localize(city.name, lang);
      const seen = new Set([name]);
      const localNames: { lang: string; name: string }[] = [];
      for (const n of cityNames(city)) {
        if (!n.local || seen.has(n.name)) continue;
        seen.add(n.name);
        localNames.push({ lang: n.lang, name: n.name });
      }
      const m = metrics?.get(city.id);
      return {
        id: city.id,
        name,
        localNames,
        country: countryName(city.country, lang),
        countryCode: city.country,
        population: finite(city.population?.value),
        populationYear: city.population?.year ?? null,
        populationVerified: city.population === undefined || isVerified(city.population),
        populationNote: localize(city.population?.note, lang),
        populationDefinition,
        degree: finite(m?.degree),
        weightedDegree: finite(m?.weightedDegree),
        betweenness: finite(m?.betweenness),
        closeness: finite(m?.closeness),
        clustering: finite(m?.clustering),
        verified: isVerified(city),
        note: localize(city.note, lang),
      };
    });
}

/** One row per two-city link, in file order; only those in `visible` when it is given (`null`: all). */
export function linkRows(
  dataset: Pick<Dataset, 'cities' | 'links' | 'linkTypes'>,
  lang: string,
  visible: ReadonlySet<string> | null = null,
): LinkRow[] {
  const cityName = new Map(dataset.cities.map((c) => [c.id, localize(c.name, lang)]));
  const typeLabel = new Map(dataset.linkTypes.map((t) => [t.id, localize(t.label, lang)]));
  return (dataset.links ?? [])
    .filter((l) => visible === null || visible.has(l.id))
    .map((link) => {
      const a = cityName.get(link.source) ?? link.source;
      const b = cityName.get(link.target) ?? link.target;
      return {
        id: link.id,
        name: localize(link.title, lang) || `${a} – ${b}`,
        a,
        aId: link.source,
        b,
        bId: link.target,
        type: typeLabel.get(link.type) ?? link.type,
        typeId: link.type,
        since: finite(link.since),
        until: finite(link.until),
        description: localize(link.description, lang),
        sources: sourceCells(link.sources),
        status: statusOf(link),
        verified: isVerified(link),
        note: localize(link.note, lang),
      };
    });
}

type Comparable = string | number | boolean | null | undefined | readonly unknown[];

function collator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang || 'en', { numeric: true, sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  }
}

const isMissing = (v: Comparable): v is null | undefined =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/**
 * `rows` sorted by `key` in `dir`, as a new array; `rows` is left as it is. Numbers sort numerically,
 * strings by the collation of `lang` (case and accents ignored, digits as numbers), booleans false
 * first, arrays by length. Missing values (`null`, `undefined`, NaN) go last in either direction. The
 * sort is stable in both directions: rows with equal keys keep their order in `rows` (so sorting by
 * name first gives ties in name order).
 */
export function sortRows<R extends object, K extends keyof R & string>(
  rows: readonly R[],
  key: K,
  dir: SortDir,
  lang = 'en',
): R[] {
  const byText = collator(lang);
  const sign = dir === 'descending' ? -1 : 1;
  const compare = (x: Comparable, y: Comparable): number => {
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'string' && typeof y === 'string') return byText.compare(x, y);
    if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
    if (Array.isArray(x) && Array.isArray(y)) return x.length - y.length;
    // Mixed kinds: compare as text so the order is at least total and deterministic.
    return byText.compare(String(x), String(y));
  };
  return rows
    .map((row, index) => ({ row, index, value: row[key] as Comparable }))
    .sort((p, q) => {
      const pm = isMissing(p.value);
      const qm = isMissing(q.value);
      if (pm || qm) return pm === qm ? p.index - q.index : pm ? 1 : -1;
      return sign * compare(p.value, q.value) || p.index - q.index;
    })
    .map((p) => p.row);
}
