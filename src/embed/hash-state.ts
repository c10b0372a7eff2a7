/**
 * The shareable view state in the URL hash, for the pages (the element never touches `location`).
 * Format, keys and fallback rules: docs/url-state.md.
 *
 *   #city=helsinki&link=…&hide=markets,political-branding&hidegroups=…&prio=science-parks
 *    &years=1990-2008&proposed=hide&metric=degree&path=berlin,tallinn&at=24.94,60.17,6.2,0
 *
 * - `encodeHash` writes only what differs from DEFAULT_VIEW, keys always in the order above; the
 *   default state is `''`. Ids are percent-encoded with `encodeURIComponent` (so `,` `&` `=` `#` `%`
 *   inside an id cannot break the format); lists keep their order, without duplicates.
 * - `decodeHash` never throws. Every key is read on its own; an invalid or unknown part (bad number,
 *   out-of-range camera, id not in the `known` lists, broken percent-encoding, …) falls back to that
 *   part's default and the rest still applies. Unknown keys are ignored; of repeated keys the first
 *   counts.
 * - Camera numbers are rounded to 4 decimals (lon, lat) and 2 (zoom, bearing), bearing normalised to
 *   [0, 360), on both sides, so decodeHash(encodeHash(s)) deep-equals canonicalView(s), which is s
 *   itself for every valid s apart from that rounding.
 */
import { type FilterState, NO_FILTERS } from '../data/filters';
import { ISLAND_METRICS } from '../state/options';

export const METRICS = ISLAND_METRICS;
export type Metric = (typeof METRICS)[number];

export interface ViewCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
}

export interface ViewState {
  /** Selected city id. */
  selected: string | null;
  /** Selected link id. */
  link: string | null;
  filters: FilterState;
  metric: Metric;
  /** The two ends of the shown shortest path (two different city ids). */
  path: [string, string] | null;
  camera: ViewCamera | null;
}

/** Frozen: copy before changing. */
export const DEFAULT_VIEW: ViewState = Object.freeze({
  selected: null,
  link: null,
  filters: NO_FILTERS,
  metric: 'population' as Metric,
  path: null,
  camera: null,
});

/**
 * Ids the dataset has. When a list is given, ids not in it are dropped while decoding; an absent list
 * (or anything that is not an array) accepts every valid id.
 */
export interface KnownIds {
  cities?: string[];
  links?: string[];
  linkTypes?: string[];
  groups?: string[];
  priorities?: string[];
}

/** Longest id accepted (after decoding); longer ones are treated as garbage. */
export const MAX_ID_LENGTH = 256;
/** Earliest and latest year accepted in `years`. */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;
export const MAX_ZOOM = 22;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A usable id: a non-empty, well-formed string of at most MAX_ID_LENGTH characters. */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH && !LONE_SURROGATE.test(id);
}

/** Rounds to `decimals` places; never returns -0. */
function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0;
}

function normaliseBearing(b: number): number {
  const r = round(((b % 360) + 360) % 360, 2);
  return r >= 360 ? 0 : r;
}

/** The camera rounded and normalised, or null when it is out of range. */
function canonicalCamera(camera: unknown): ViewCamera | null {
  if (typeof camera !== 'object' || camera === null) return null;
  const { center, zoom, bearing } = camera as Partial<ViewCamera>;
  if (!Array.isArray(center) || center.length !== 2) return null;
  const [lon, lat] = center;
  const b = bearing ?? 0;
  if (![lon, lat, zoom, b].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const c = {
    center: [round(lon as number, 4), round(lat as number, 4)] as [number, number],
    zoom: round(zoom as number, 2),
    bearing: normaliseBearing(b),
  };
  if (Math.abs(c.center[0]) > 180 || Math.abs(c.center[1]) > 90) return null;
  if (c.zoom < 0 || c.zoom > MAX_ZOOM) return null;
  return c;
}

const isYear = (y: unknown): y is number =>
  typeof y === 'number' && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

function canonicalYears(years: unknown): [number, number] | null {
  if (!Array.isArray(years) || years.length !== 2) return null;
  const [a, b] = years;
  if (!isYear(a) || !isYear(b)) return null;
  return a <= b ? [a + 0, b + 0] : [b + 0, a + 0];
}

/** Valid ids, first occurrence kept, optionally only those in `known`. */
function idList(ids: unknown, known?: readonly string[]): string[] {
  if (!Array.isArray(ids)) return [];
  const allowed = Array.isArray(known) ? new Set(known) : null;
  const out = new Set<string>();
  for (const id of ids) if (isValidId(id) && (!allowed || allowed.has(id))) out.add(id);
  return [...out];
}

function oneId(id: unknown, known?: readonly string[]): string | null {
  return isValidId(id) && (!Array.isArray(known) || known.includes(id)) ? id : null;
}

function canonicalPath(path: unknown, known?: readonly string[]): [string, string] | null {
  if (!Array.isArray(path) || path.length !== 2) return null;
  const a = oneId(path[0], known);
  const b = oneId(path[1], known);
  return a !== null && b !== null && a !== b ? [a, b] : null;
}

/**
 * The state as `decodeHash(encodeHash(state))` returns it: invalid parts replaced by their defaults,
 * lists without duplicates, the camera rounded and normalised. For a valid state only the camera
 * rounding changes anything.
 */
export function canonicalView(state: ViewState, known: KnownIds = {}): ViewState {
  const s = (typeof state === 'object' && state !== null ? state : {}) as Partial<ViewState>;
  const f = (typeof s.filters === 'object' && s.filters !== null ? s.filters : {}) as Partial<FilterState>;
  return {
    selected: oneId(s.selected, known.cities),
    link: oneId(s.link, known.links),
    filters: {
      hiddenTypes: idList(f.hiddenTypes, known.linkTypes),
      hiddenGroups: idList(f.hiddenGroups, known.groups),
      priority: oneId(f.priority, known.priorities),
      years: canonicalYears(f.years),
      proposed: f.proposed !== false,
    },
    metric: (METRICS as readonly unknown[]).includes(s.metric) ? (s.metric as Metric) : 'population',
    path: canonicalPath(s.path, known.cities),
    camera: canonicalCamera(s.camera),
  };
}

const enc = (id: string) => encodeURIComponent(id);
const encList = (ids: readonly string[]) => ids.map(enc).join(',');

/** The hash for a state: `''` for the default state, else `#key=value&…` in a fixed key order. */
export function encodeHash(state: ViewState): string {
  const s = canonicalView(state);
  const parts: string[] = [];
  if (s.selected !== null) parts.push(`city=${enc(s.selected)}`);
  if (s.link !== null) parts.push(`link=${enc(s.link)}`);
  if (s.filters.hiddenTypes.length > 0) parts.push(`hide=${encList(s.filters.hiddenTypes)}`);
  if (s.filters.hiddenGroups.length > 0) parts.push(`hidegroups=${encList(s.filters.hiddenGroups)}`);
  if (s.filters.priority !== null) parts.push(`prio=${enc(s.filters.priority)}`);
  if (s.filters.years !== null) {
    const [from, to] = s.filters.years;
    parts.push(`years=${from === to ? from : `${from}-${to}`}`);
  }
  if (!s.filters.proposed) parts.push('proposed=hide');
  if (s.metric !== 'population') parts.push(`metric=${s.metric}`);
  if (s.path !== null) parts.push(`path=${encList(s.path)}`);
  if (s.camera !== null) {
    const { center, zoom, bearing } = s.camera;
    parts.push(`at=${center[0]},${center[1]},${zoom},${bearing}`);
  }
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/** decodeURIComponent that returns null instead of throwing. */
function dec(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Decoded items of a comma-separated list (broken items become null, so they are dropped later). */
const decList = (value: string): (string | null)[] => (value === '' ? [] : value.split(',').map(dec));

const NUMBER = /^-?(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20})$/;
const num = (text: string | undefined): number | null =>
  text !== undefined && NUMBER.test(text) ? Number(text) : null;

const YEARS = /^(-?\d{1,4})(?:-(-?\d{1,4}))?$/;

/** The view state of a hash (`#…` or without the `#`). Never throws: bad parts become defaults. */
export function decodeHash(hash: string, known: KnownIds = {}): ViewState {
  try {
    const params = new Map<string, string>();
    const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
    for (const part of text.split('&')) {
      const eq = part.indexOf('=');
      const key = dec(eq < 0 ? part : part.slice(0, eq));
      if (key === null || params.has(key)) continue;
      params.set(key, eq < 0 ? '' : part.slice(eq + 1));
    }
    const get = (key: string): string => params.get(key) ?? '';
    const one = (key: string): string | null => (get(key) === '' ? null : dec(get(key)));

    let years: [number, number] | null = null;
    const y = YEARS.exec(get('years'));
    if (y) years = [Number(y[1]), Number(y[2] ?? y[1])];

    let camera: ViewCamera | null = null;
    const at = get('at').split(',');
    if (at.length === 3 || at.length === 4) {
      const [lon, lat, zoom, bearing] = at.map(num);
      if (lon != null && lat != null && zoom != null && bearing !== null) {
        camera = { center: [lon, lat], zoom, bearing: bearing ?? 0 };
      }
    }

    return canonicalView(
      {
        selected: one('city'),
        link: one('link'),
        filters: {
          hiddenTypes: decList(get('hide')) as string[],
          hiddenGroups: decList(get('hidegroups')) as string[],
          priority: one('prio'),
          years,
          proposed: get('proposed') !== 'hide',
        },
        metric: get('metric') as Metric,
        path: decList(get('path')) as [string, string],
        camera,
      },
      known ?? {},
    );
  } catch {
    return canonicalView(DEFAULT_VIEW);
  }
}
