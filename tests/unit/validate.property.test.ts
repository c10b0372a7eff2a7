/**
 * Property-based tests of the validator and the loader with hostile, broken and huge data (issue #6).
 *
 * Every run generates or mutates at least 10,000 datasets in total: the `numRuns` of the properties
 * below are listed in `RUNS` and a test checks their sum. Checks inside properties are plain `throw`s,
 * not `expect`, which is slow when called thousands of times.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../src/data/load';
import { type Dataset, ID_PATTERN, URL_SCHEMES } from '../../src/data/schema';
import {
  type DataIssue,
  formatPath,
  ISSUE_CODES,
  type IssueCode,
  MAX_CITIES,
  MAX_GROUPS,
  MAX_LINKS,
  type ValidationResult,
  validateDataset,
} from '../../src/data/validate';

// biome-ignore lint/suspicious/noExplicitAny: generated and mutated data is walked freely
type Json = any;
type Key = string | number;

const RUNS = {
  jsonValues: 2_000,
  anything: 1_000,
  shaped: 1_500,
  mutation: 3_000,
  mutations: 600,
  references: 300,
  swaps: 200,
  limits: 100,
  pollution: 500,
  texts: 2_000,
  loads: 400,
} as const;

/** A property that hangs fails instead of being cut short (the sync ones cannot time out per run). */
const BOUNDED = { interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true } as const;
const TEST_TIMEOUT = 60_000;

const shippedText = readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8');
const shipped: Json = JSON.parse(shippedText);
const shippedResult = validateDataset(shipped);
const fresh = (): Json => JSON.parse(shippedText);

// ---------------------------------------------------------------------------------------------------
// The shape of every result

const TOP_LEVEL = ['$schema', 'meta', 'linkTypes', 'cities', 'links', 'groups', 'priorities', 'chapters'];
const IDENT = '[A-Za-z_$][A-Za-z0-9_$]*';
const INDEX = '\\[(?:0|[1-9][0-9]*)\\]';
/** A JSON string literal, as `formatPath` quotes keys that are not identifiers. */
const QUOTED = String.raw`\["(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"\]`;
/** `""`, or a top-level field followed by `.name`, `[3]` or `["en-GB"]` segments. */
const PATH_FORM = new RegExp(
  `^(?:(?:${TOP_LEVEL.map((k) => k.replace('$', '\\$')).join('|')})(?:\\.${IDENT}|${INDEX}|${QUOTED})*)?$`,
);
const SEGMENT = new RegExp(`(?:^|\\.)(${IDENT})|\\[(0|[1-9][0-9]*)\\]|\\[(${QUOTED.slice(2, -2)})\\]`, 'y');

/** The segments of a path already known to match `PATH_FORM`. */
function parsePath(path: string): Key[] {
  const out: Key[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const m = SEGMENT.exec(path);
    if (!m) throw new Error(`cannot parse path ${path}`);
    out.push(m[1] ?? (m[2] === undefined ? (JSON.parse(m[3]!) as string) : Number(m[2])));
  }
  return out;
}

const CODES = new Set<string>(ISSUE_CODES);
const LOADER_CODES = new Set<IssueCode>(['not-json', 'http', 'network', 'timeout']);
/** Semantic messages quote ids and URLs shortened, so a hostile 1 MB value cannot flood the alert box. */
const MAX_MESSAGE = 400;

function fail(why: string, detail?: unknown): never {
  throw new Error(detail === undefined ? why : `${why}: ${JSON.stringify(detail)?.slice(0, 500)}`);
}

/** The contract of `ValidationResult`; returns the issues (none when ok). */
function checkResult(result: ValidationResult): DataIssue[] {
  if (result.ok === true) {
    checkValid(result.dataset);
    return [];
  }
  if (result.ok !== false || !Array.isArray(result.issues) || result.issues.length === 0) {
    fail('neither ok with a dataset nor issues', result);
  }
  for (const issue of result.issues) {
    if (!CODES.has(issue.code)) fail('unknown code', issue);
    if (typeof issue.message !== 'string' || issue.message.trim() === '') fail('empty message', issue);
    if (issue.message.length > MAX_MESSAGE) fail('message too long', issue);
    if (typeof issue.path !== 'string' || !PATH_FORM.test(issue.path)) fail('path not in the form', issue);
    if (formatPath(parsePath(issue.path)) !== issue.path) fail('path does not round-trip', issue);
    if (LOADER_CODES.has(issue.code) && (issue.path !== '' || result.issues.length !== 1)) {
      fail('a loading failure is the only issue and concerns the whole file', result.issues);
    }
    if (issue.code === 'too-large' && !['', 'cities', 'links', 'groups'].includes(issue.path)) {
      fail('too-large names the file or a limited array', issue);
    }
  }
  return result.issues;
}

const URL_SCHEME_SET = new Set<string>(URL_SCHEMES);

/** What `ok` promises: every check of docs/data-format.md holds. */
function checkValid(d: Dataset): void {
  const unique = (items: readonly { id: string }[], name: string) => {
    const ids = new Set(items.map((item) => item.id));
    if (ids.size !== items.length) fail(`duplicate ids in ${name}`);
    for (const id of ids) if (!ID_PATTERN.test(id)) fail(`bad id in ${name}`, id);
    return ids;
  };
  const refs = (ids: readonly string[] | undefined, known: Set<string>, what: string) => {
    for (const id of ids ?? []) if (!known.has(id)) fail(`unknown ${what}`, id);
  };
  const position = ([lon, lat]: readonly [number, number]) => {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) fail('position out of range', [lon, lat]);
  };
  const years = (e: { since?: number | undefined; until?: number | undefined }) => {
    if (e.since !== undefined && e.until !== undefined && e.since > e.until) fail('since after until', e);
  };
  if (d.cities.length === 0) fail('no cities');
  if (d.cities.length > MAX_CITIES || d.links.length > MAX_LINKS || d.groups.length > MAX_GROUPS) {
    fail('over a count limit');
  }
  const types = unique(d.linkTypes, 'linkTypes');
  const cities = unique(d.cities, 'cities');
  const links = unique(d.links, 'links');
  const groups = unique(d.groups, 'groups');
  const priorities = unique(d.priorities, 'priorities');
  unique(d.chapters, 'chapters');
  for (const city of d.cities) position(city.coordinates);
  for (const link of d.links) {
    refs([link.source, link.target], cities, 'city');
    refs([link.type], types, 'link type');
    if (link.source === link.target) fail('self-link', link.id);
    years(link);
  }
  for (const group of d.groups) {
    refs(group.members, cities, 'city');
    refs([group.type], types, 'link type');
    if (new Set(group.members).size < 3) fail('group of fewer than 3', group.id);
    years(group);
  }
  for (const priority of d.priorities) refs(priority.cities, cities, 'city');
  for (const chapter of d.chapters) {
    const camera = chapter.camera;
    if (camera && 'center' in camera) position(camera.center);
    if (camera && 'bounds' in camera) {
      camera.bounds.forEach(position);
      if (camera.bounds[0][1] > camera.bounds[1][1]) fail('bounds upside down', camera.bounds);
    }
    refs(chapter.highlight?.cities, cities, 'city');
    refs(chapter.highlight?.links, links, 'link');
    refs(chapter.highlight?.groups, groups, 'group');
    refs(chapter.filters?.linkTypes, types, 'link type');
    refs(chapter.filters?.groups, groups, 'group');
    refs(chapter.filters?.priorities, priorities, 'priority');
    const range = chapter.filters?.years;
    if (range && range[0] > range[1]) fail('year range reversed', range);
  }
  const sources = [
    d.meta.source,
    ...d.cities.flatMap((c) => [c.population?.source, ...(c.sources ?? [])]),
    ...[...d.links, ...d.groups, ...d.priorities].flatMap((entry) => entry.sources ?? []),
  ];
  for (const source of sources) {
    if (source?.url !== undefined && !URL_SCHEME_SET.has(new URL(source.url).protocol)) fail('URL', source);
  }
  walk(d, (value) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Object.prototype) fail('an output object with another prototype');
    }
  });
}

function walk(value: unknown, visit: (value: unknown, key: Key | undefined) => void, key?: Key): void {
  visit(value, key);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, visit, i);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) walk(item, visit, k);
  }
}

// ---------------------------------------------------------------------------------------------------
// Hostile values and prototype pollution

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** Parsed from text, as a file gives them: `__proto__` is then an own key, not the prototype. */
const POLLUTERS: Json[] = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"__proto__": {"toString": "x", "hasOwnProperty": 1}, "prototype": {"polluted": "yes"}}'),
  JSON.parse('[{"__proto__": {"polluted": "yes"}}]'),
];

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, String.prototype, Function.prototype].map((p) =>
    Reflect.ownKeys(p).map(String).sort().join(),
  );
const pristine = prototypeKeys();

function checkNotPolluted(): void {
  // biome-ignore lint/suspicious/noExplicitAny: reading a property that must not exist
  if (({} as any).polluted !== undefined || !isDeepStrictEqual(prototypeKeys(), pristine)) {
    fail('a built-in prototype was changed');
  }
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\ud800',
  '__proto__',
  'constructor',
  'toString',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(100_000),
  `${'a-'.repeat(50_000)}A`,
  `en${'-aaaaaaaa'.repeat(10_000)}!`,
  `${'a'.repeat(100_000)}:x`,
];
/** JSON text reaches every double, and ±Infinity too (`1e999`), but never NaN. */
const HOSTILE_NUMBERS = [0, -0, 0.5, 1999.5, -181, 181, 91, 1e308, -1e308, 2 ** 53 + 2, Infinity, -Infinity];

function idsIn(value: Json): string[] {
  const ids: string[] = [];
  walk(value, (item, key) => {
    if (key === 'id' && typeof item === 'string') ids.push(item);
  });
  return ids;
}

const hostileValue = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(...idsIn(shipped)) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTERS).map((p) => structuredClone(p)) },
);

// ---------------------------------------------------------------------------------------------------
// (a) Arbitrary values

describe('validateDataset on arbitrary values', () => {
  it(
    'never throws and returns a well-formed result for any JSON value',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          checkResult(validateDataset(value));
          // parseDataset of the same value written as text gives the same result.
          const text = JSON.stringify(value);
          if (!isDeepStrictEqual(parseDataset(text), validateDataset(JSON.parse(text)))) {
            fail('parseDataset differs from validateDataset', text);
          }
        }),
        { numRuns: RUNS.jsonValues, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'never throws for values JSON cannot hold (Map, BigInt, null prototype, sparse, boxed), nor after JSON',
    () => {
      const anything = fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      });
      fc.assert(
        fc.property(anything, (value) => {
          checkResult(validateDataset(value));
          let text: string | undefined;
          try {
            text = JSON.stringify(value);
          } catch {
            return; // BigInt
          }
          if (text !== undefined) checkResult(validateDataset(JSON.parse(text)));
          checkNotPolluted();
        }),
        { numRuns: RUNS.anything, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'never throws for dataset-shaped values, and ok means every documented check holds',
    () => {
      fc.assert(
        fc.property(shapedDataset(), (value) => {
          checkResult(validateDataset(value));
        }),
        { numRuns: RUNS.shaped, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );
});

/**
 * Datasets close to valid: every field present with the right kind of value, ids from a small pool (so
 * references hit and miss), and now and then one wrong value or junk in its place.
 */
function shapedDataset(): fc.Arbitrary<Json> {
  const junk = fc.jsonValue({ maxDepth: 2 });
  const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
    fc.oneof({ weight: 150, arbitrary: good }, { weight: 1, arbitrary: bad }, { weight: 1, arbitrary: junk });
  const POOL = ['a', 'b', 'c', 'd', 'e', 'f'];
  const id = mostly(fc.constantFrom(...POOL), fc.constantFrom('Bad Id', '-a', '', 'x'.repeat(1_000)));
  const typeId = mostly(fc.constantFrom('p', 'q'), fc.constantFrom('r', 'P'));
  const text = mostly(
    fc.constantFrom('Riga', { en: 'Riga', lv: 'Rīga' }, { 'en-GB': 'x' }),
    fc.oneof(
      fc.constantFrom(' ', '', {}, { EN: 'x' }, { en: 5 }),
      fc.dictionary(fc.constantFrom('en', ...POLLUTING_KEYS), fc.constant('x'), { minKeys: 1 }),
    ),
  );
  const year = mostly(fc.integer({ min: 1990, max: 2020 }), fc.constantFrom(1999.5, Infinity));
  const years = mostly(
    fc.tuple(year, fc.nat(10)).map(([since, length]) => ({ since, until: Number(since) + length })),
    fc.record({ since: year, until: year }, { requiredKeys: [] }),
  );
  const lonLat = mostly(
    fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 })),
    fc.tuple(fc.constantFrom(...HOSTILE_NUMBERS), fc.constantFrom(...HOSTILE_NUMBERS)),
  );
  const url = mostly(
    fc.constantFrom('https://x.org', 'mailto:a@b.fi', 'HTTP://X'),
    fc.constantFrom('javascript:alert(1)', 'www.x', 'ftp://x'),
  );
  const title = mostly(fc.constant('Slides'), fc.constantFrom(' ', ''));
  const source = fc.record({ title, url }, { requiredKeys: ['title'] });
  const sources = fc.array(source, { maxLength: 2 });
  const ids = fc.uniqueArray(id, { maxLength: 4 });
  const optional = { requiredKeys: [] as [] };
  const list = <T>(item: fc.Arbitrary<T>, minLength: number, maxLength: number) =>
    mostly(
      fc.uniqueArray(item, { minLength, maxLength, selector: (x: Json) => x?.id }),
      fc.array(item, { maxLength }),
    );
  const city = fc.record(
    {
      id,
      kind: mostly(fc.constantFrom('metropolis', 'external'), fc.constant('town')),
      name: text,
      country: mostly(fc.constantFrom('FI', 'EE'), fc.constant('fin')),
      coordinates: lonLat,
      population: fc.record({ value: mostly(fc.nat(), fc.constant(-1)), year, source }),
      sources,
    },
    { requiredKeys: ['id', 'kind', 'name', 'country', 'coordinates'] },
  );
  // A self-link now and then.
  const ends = fc.oneof(
    { weight: 15, arbitrary: fc.uniqueArray(id, { minLength: 2, maxLength: 2 }) },
    fc.tuple(id, id),
  );
  const link = fc
    .tuple(ends, fc.record({ id, type: typeId, description: text, sources }), fc.option(years, { nil: {} }))
    .map(([[source, target], fields, span]) => ({ ...fields, source, target, ...(span as object) }));
  const group = fc.record({
    id,
    name: text,
    members: mostly(fc.uniqueArray(id, { minLength: 3, maxLength: 4 }), fc.array(id, { maxLength: 3 })),
    type: typeId,
    description: text,
    sources,
  });
  const camera = fc.oneof(
    fc.record({ center: lonLat, zoom: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ bounds: fc.tuple(lonLat, lonLat), padding: fc.nat() }, { requiredKeys: ['bounds'] }),
  );
  const chapter = fc.record(
    {
      id,
      title: text,
      camera,
      highlight: fc.record({ cities: ids, links: ids, groups: ids }, optional),
      filters: fc.record(
        {
          linkTypes: fc.array(typeId, { maxLength: 2 }),
          groups: ids,
          priorities: ids,
          years: fc.tuple(year, year),
        },
        optional,
      ),
    },
    { requiredKeys: ['id', 'title'] },
  );
  const meta = fc.record(
    {
      title: text,
      source: fc.record(
        {
          title,
          url,
          date: mostly(fc.constant('2007-11-13'), fc.constantFrom('2007-13-45', '13.11.2007')),
        },
        { requiredKeys: ['title'] },
      ),
    },
    { requiredKeys: ['title'] },
  );
  return mostly(
    fc.record(
      {
        meta,
        linkTypes: list(fc.record({ id: typeId, label: text }), 2, 2),
        // Every id of the pool, so that most references resolve.
        cities: mostly(
          fc.tuple(...POOL.map((cityId) => city.map((c) => ({ ...c, id: cityId })))),
          fc.array(city, { maxLength: 6 }),
        ),
        links: list(link, 0, 4),
        groups: list(group, 0, 1),
        priorities: list(fc.record({ id, name: text, cities: ids }), 0, 2),
        chapters: list(chapter, 0, 2),
      },
      { requiredKeys: ['meta', 'linkTypes', 'cities'] },
    ),
    fc.constant({}),
  );
}

// ---------------------------------------------------------------------------------------------------
// (b) Mutations of the shipped dataset

function collectPaths(value: Json, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectPaths(item, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) collectPaths(item, [...prefix, k], out);
  }
  return out;
}

function at(root: Json, path: readonly Key[]): Json {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

const paths = collectPaths(shipped);
const arrayItemPaths = paths.filter((p) => typeof p.at(-1) === 'number');
const objectPaths = paths.filter((p) => {
  const value = at(shipped, p);
  return value !== null && typeof value === 'object' && !Array.isArray(value);
});

/** Reference fields: where they are, the issue code a dangling one gives, and what they name. */
const REFERENCES: readonly [RegExp, IssueCode, string, string][] = [
  [/^links\[\d+\]\.(?:source|target)$/, 'unknown-city', 'cities', 'city'],
  [
    /^(?:groups\[\d+\]\.members|priorities\[\d+\]\.cities|chapters\[\d+\]\.highlight\.cities)\[\d+\]$/,
    'unknown-city',
    'cities',
    'city',
  ],
  [/^chapters\[\d+\]\.highlight\.links\[\d+\]$/, 'unknown-link', 'links', 'link'],
  [/^chapters\[\d+\]\.(?:highlight|filters)\.groups\[\d+\]$/, 'unknown-group', 'groups', 'group'],
  [
    /^(?:links|groups)\[\d+\]\.type$|^chapters\[\d+\]\.filters\.linkTypes\[\d+\]$/,
    'unknown-type',
    'linkTypes',
    'link type',
  ],
  [/^chapters\[\d+\]\.filters\.priorities\[\d+\]$/, 'unknown-priority', 'priorities', 'priority'],
];
const referenceOf = (path: string) => REFERENCES.find(([pattern]) => pattern.test(path));
const referencePaths = paths.filter((p) => referenceOf(formatPath(p)));
const ID_COLLECTIONS = ['linkTypes', 'cities', 'links', 'groups', 'priorities', 'chapters'];

function idSet(root: Json, collection: string): Set<unknown> {
  const items = root?.[collection];
  return new Set(Array.isArray(items) ? items.map((item: Json) => item?.id) : []);
}

/** `a` is `b`, above it or below it. */
function related(a: readonly Key[], b: readonly Key[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An issue away from the mutated places is sound only when it is a cross-reference check whose
 * condition holds in the mutated input: the issue is about a place the mutation made wrong from afar.
 */
function explainedFromAfar(issue: DataIssue, input: Json): boolean {
  const segments = parsePath(issue.path);
  const value = at(input, segments);
  const entry = at(input, segments.slice(0, 2));
  switch (issue.code) {
    case 'duplicate-id': {
      const items = at(input, segments.slice(0, 1));
      const index = segments[1];
      if (segments.length !== 3 || segments[2] !== 'id' || typeof index !== 'number') return false;
      return Array.isArray(items) && items.slice(0, index).some((item) => item?.id === value);
    }
    case 'unknown-city':
    case 'unknown-link':
    case 'unknown-group':
    case 'unknown-type':
    case 'unknown-priority': {
      const reference = referenceOf(issue.path);
      return reference?.[1] === issue.code && !idSet(input, reference[2]).has(value);
    }
    case 'self-link':
      return /^links\[\d+\]\.target$/.test(issue.path) && entry?.source === entry?.target;
    case 'group-size':
      return /^groups\[\d+\]\.members$/.test(issue.path) && new Set(value).size < 3;
    case 'years':
      return /^(?:links|groups)\[\d+\]\.until$/.test(issue.path) && entry?.since > entry?.until;
    default:
      return false;
  }
}

type Mutation =
  | { op: 'set'; path: Key[]; value: unknown }
  | { op: 'delete'; path: Key[] }
  | { op: 'duplicate'; path: Key[]; times: number };

/** Mostly one copy; now and then a huge-ish array (up to 2,000 copies, one shared object). */
const mutation = (maxCopies: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ op: fc.constant('set'), path: fc.constantFrom(...paths), value: hostileValue }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete'), path: fc.constantFrom(...paths) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('duplicate'),
        path: fc.constantFrom(...arrayItemPaths),
        times: fc.oneof({ weight: 20, arbitrary: fc.constant(1) }, fc.integer({ min: 1, max: maxCopies })),
      }),
    },
  ) as fc.Arbitrary<Mutation>;

/**
 * Applies the mutation; returns the places it changed (an array whose items shift counts as one
 * place), or nothing when an earlier mutation removed the place.
 */
function apply(root: Json, m: Mutation): Key[][] {
  const parentPath = m.path.slice(0, -1);
  const parent = at(root, parentPath);
  const last = m.path.at(-1)!;
  if (parent === null || typeof parent !== 'object') return [];
  if (m.op === 'set') {
    parent[last] = m.value;
    return [m.path];
  }
  if (m.op === 'delete') {
    if (Array.isArray(parent)) {
      parent.splice(last as number, 1);
      return [parentPath];
    }
    delete parent[last];
    return [m.path];
  }
  if (!Array.isArray(parent) || typeof last !== 'number' || !(last in parent)) return [];
  const item = parent[last];
  for (let i = 0; i < m.times; i++) parent.push(m.times > 100 ? item : structuredClone(item));
  return [parentPath];
}

describe('validateDataset on mutations of the shipped dataset', () => {
  it('the shipped dataset is valid (the baseline of the mutations)', () => {
    expect(checkResult(shippedResult)).toEqual([]);
    expect(paths.length).toBeGreaterThan(1_000);
    expect(referencePaths.length).toBeGreaterThan(100);
  });

  it(
    'reports a mutation at, above or below the mutated place, or as a reference error it caused',
    () => {
      fc.assert(
        fc.property(mutation(2_000), (m) => {
          const input = fresh();
          const places = apply(input, m);
          for (const issue of checkResult(validateDataset(input))) {
            const segments = parsePath(issue.path);
            if (places.some((place) => related(segments, place))) continue;
            if (!explainedFromAfar(issue, input))
              fail(`issue away from ${formatPath(m.path)} (${m.op})`, issue);
          }
        }),
        { numRuns: RUNS.mutation, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'is deterministic and leaves its input unchanged, after several mutations',
    () => {
      fc.assert(
        fc.property(fc.array(mutation(200), { minLength: 1, maxLength: 5 }), (ms) => {
          const input = fresh();
          for (const m of ms) apply(input, m);
          const before = structuredClone(input);
          const first = validateDataset(input);
          checkResult(first);
          if (!isDeepStrictEqual(input, before)) fail('the input was changed');
          if (!isDeepStrictEqual(validateDataset(input), first)) fail('a second run differs');
          if (!isDeepStrictEqual(validateDataset(before), first)) fail('a copy gives another result');
        }),
        { numRuns: RUNS.mutations, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'reports a dangling reference exactly, at its path',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...referencePaths), fc.constantFrom('-x', '-2', '0'), (path, suffix) => {
          const input = fresh();
          const [, code, collection, what] = referenceOf(formatPath(path))!;
          let id = `${at(input, path)}${suffix}`;
          while (idSet(input, collection).has(id)) id += suffix;
          at(input, path.slice(0, -1))[path.at(-1)!] = id;
          const expected = [
            { code, path: formatPath(path), message: `unknown ${what} ${JSON.stringify(id)}` },
          ];
          const result = validateDataset(input);
          if (!isDeepStrictEqual(checkResult(result), expected)) {
            fail('not exactly the dangling reference', { expected, result });
          }
        }),
        { numRuns: RUNS.references, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'stays valid when two ids of one array swap places (references follow ids, not positions)',
    () => {
      const collections = ID_COLLECTIONS.filter((c) => shipped[c].length >= 2);
      fc.assert(
        fc.property(
          fc
            .constantFrom(...collections)
            .chain((c) =>
              fc
                .uniqueArray(fc.nat(shipped[c].length - 1), { minLength: 2, maxLength: 2 })
                .map(([i, j]) => [c, i!, j!] as const),
            ),
          ([collection, i, j]) => {
            const input = fresh();
            const items = input[collection];
            [items[i].id, items[j].id] = [items[j].id, items[i].id];
            if (!validateDataset(input).ok) fail(`swapping ${collection}[${i}] and [${j}] broke the dataset`);
          },
        ),
        { numRuns: RUNS.swaps, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses arrays over their count limit with too-large issues alone, before reading any item',
    () => {
      const limits = { cities: MAX_CITIES, links: MAX_LINKS, groups: MAX_GROUPS } as const;
      const count = (n: number) => n.toLocaleString('en-US');
      fc.assert(
        fc.property(
          fc.subarray(['cities', 'links', 'groups'] as const, { minLength: 1 }),
          fc.nat(1_000),
          fc.oneof(fc.constant('shipped item'), hostileValue),
          (fields, extra, item) => {
            const input = fresh();
            for (const field of fields) {
              input[field] = new Array(limits[field] + 1 + extra).fill(
                item === 'shipped item' ? input[field][0] : item,
              );
            }
            const expected = fields.map((field) => ({
              code: 'too-large',
              path: field,
              message: `too large: the file has ${count(limits[field] + 1 + extra)} ${field}, more than the limit of ${count(limits[field])}`,
            }));
            if (!isDeepStrictEqual(checkResult(validateDataset(input)), expected))
              fail('not exactly too-large');
          },
        ),
        { numRuns: RUNS.limits, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'ignores __proto__, constructor and prototype keys and pollutes no prototype',
    () => {
      const baseline = shippedResult.ok ? shippedResult.dataset : fail('shipped invalid');
      fc.assert(
        fc.property(
          fc.constantFrom(...objectPaths, []),
          fc.constantFrom(...POLLUTING_KEYS),
          fc.constantFrom(...POLLUTERS),
          (path, key, payload) => {
            const input = fresh();
            // An own key, as JSON.parse makes it (an assignment to __proto__ would set the prototype).
            Object.defineProperty(at(input, path), key, {
              value: payload,
              enumerable: true,
              writable: true,
              configurable: true,
            });
            const text = JSON.stringify(input);
            for (const result of [validateDataset(input), parseDataset(text)]) {
              if (!result.ok || !isDeepStrictEqual(result.dataset, baseline))
                fail(`${key} at ${formatPath(path)} changed the result`);
            }
            checkNotPolluted();
          },
        ),
        { numRuns: RUNS.pollution, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------
// (c) Raw text bodies

/** Offsets of the number tokens of the shipped text (also inside strings: the oracle does not care). */
const NUMBER_SPANS = [...shippedText.matchAll(/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g)].map(
  (m) => [m.index, m.index + m[0].length] as const,
);
const BOMS = ['', '\uFEFF', '\uFEFF\uFEFF', ' \uFEFF', '\uFEFF\n'];
const JSON_TOKENS = [
  ...'{}[]":,-0'.split(''),
  'null',
  'true',
  '1e999',
  '\\u',
  '\uFEFF',
  ' ',
  '\n',
  '"cities"',
];

const textBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.array(fc.constantFrom(...JSON_TOKENS), { maxLength: 40 }).map((tokens) => tokens.join('')),
  fc
    .tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, '\t'))
    .map(([value, indent]) => JSON.stringify(value, null, indent)),
  // The shipped file behind byte-order marks and whitespace, whole or cut anywhere.
  fc
    .tuple(fc.constantFrom(...BOMS), fc.nat(shippedText.length), fc.boolean())
    .map(([bom, n, whole]) => bom + (whole ? shippedText : shippedText.slice(0, n))),
  // A span of the shipped file replaced with random text.
  fc
    .tuple(fc.nat(shippedText.length), fc.nat(40), fc.string({ unit: 'binary', maxLength: 10 }))
    .map(([from, length, insert]) => shippedText.slice(0, from) + insert + shippedText.slice(from + length)),
  // A number of the shipped file replaced by one JSON reads as a hostile value (1e999 is Infinity).
  fc
    .tuple(
      fc.constantFrom(...NUMBER_SPANS),
      fc.constantFrom('1e999', '-1e999', '-0', '1e-400', '1.5', '"1"', 'null'),
    )
    .map(([[from, to], number]) => shippedText.slice(0, from) + number + shippedText.slice(to)),
);

/** What `parseDataset` promises: one BOM ignored, then not-json exactly when JSON.parse fails. */
function checkParsed(text: string, result: ValidationResult): void {
  checkResult(result);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    if (result.ok || result.issues.length !== 1 || result.issues[0]!.code !== 'not-json') {
      fail('text that is not JSON gives not one not-json issue', result);
    }
    const position = /\(line (\d+), column (\d+)\)$/.exec(result.issues[0]!.message);
    if (position && Number(position[1]) > body.split('\n').length) fail('line past the end', result);
    return;
  }
  if (!isDeepStrictEqual(result, validateDataset(data))) fail('parseDataset differs from validateDataset');
}

describe('parseDataset on raw text', () => {
  it(
    'never throws, gives not-json exactly for text that is not JSON, and otherwise validates',
    () => {
      fc.assert(
        fc.property(textBody, (text) => {
          checkParsed(text, parseDataset(text));
        }),
        { numRuns: RUNS.texts, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );

  it('never throws when given something that is not a string', () => {
    for (const value of [undefined, null, 42, {}, [], new Uint8Array([123, 125])]) {
      expect(checkResult(parseDataset(value as unknown as string))[0]?.code).toBe('not-json');
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Loading over a stubbed fetch

type Delivery =
  | { kind: 'text'; status: number }
  | { kind: 'stream'; cuts: number[]; declared: 'none' | 'true' | 'less' | 'more'; corrupt: number | null }
  | { kind: 'no-stream' }
  | { kind: 'throws'; error: unknown }
  | { kind: 'garbage'; response: unknown }
  | { kind: 'stall'; timeoutMs: number };

/** Mostly `x`, sometimes one of the others. */
const usually = <T>(x: T, other: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(x) }, { weight: 1, arbitrary: other });

const delivery: fc.Arbitrary<Delivery> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text'),
      status: usually(200, fc.constantFrom(201, 299, 404, 503)),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('stream'),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
      declared: fc.constantFrom('none', 'true', 'less', 'more'),
      corrupt: usually(null, fc.nat()),
    }),
  },
  fc.record({ kind: fc.constant('no-stream') }),
  fc.record({ kind: fc.constant('throws'), error: fc.anything({ withNullPrototype: true }) }),
  fc.record({
    kind: fc.constant('garbage'),
    response: fc.anything({ withNullPrototype: true, maxDepth: 1 }),
  }),
  fc.record({ kind: fc.constant('stall'), timeoutMs: fc.integer({ min: 0, max: 5 }) }),
) as fc.Arbitrary<Delivery>;

const STALL_AFTER = 10;

/** A body of UTF-8 bytes in chunks cut at the given offsets (also inside multi-byte characters). */
function chunked(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const offsets = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks = [...offsets, bytes.length].map((end, i) => bytes.slice(i === 0 ? 0 : offsets[i - 1], end));
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

function stub(d: Delivery, text: string, bytes: Uint8Array): typeof fetch {
  switch (d.kind) {
    case 'text':
      return async () => new Response(text, { status: d.status });
    case 'stream': {
      const body = d.corrupt === null ? bytes : corrupted(bytes, d.corrupt);
      const length = { none: null, true: body.length, less: 1, more: body.length * 2 }[d.declared];
      const headers: Record<string, string> = length === null ? {} : { 'content-length': String(length) };
      return async () => new Response(chunked(body, d.cuts), { headers });
    }
    case 'no-stream':
      return async () =>
        ({ ok: true, status: 200, headers: new Headers(), body: null, text: async () => text }) as Response;
    case 'throws':
      return async () => {
        throw d.error;
      };
    case 'garbage':
      return async () => d.response as Response;
    case 'stall':
      return async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(bytes.slice(0, STALL_AFTER)); // then nothing, ever
            },
          }),
        );
  }
}

/** The bytes with one 0xFF, which is never valid UTF-8, inserted. */
function corrupted(bytes: Uint8Array, at: number): Uint8Array {
  const i = at % (bytes.length + 1);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes.subarray(0, i));
  out[i] = 0xff;
  out.set(bytes.subarray(i), i + 1);
  return out;
}

/** What the loader must answer: one issue with this code, any loading issue, or parseDataset's result. */
function outcome(d: Delivery, size: number, limit: number): IssueCode | 'loading' | 'parsed' {
  switch (d.kind) {
    case 'text':
      if (d.status >= 300) return 'http';
      return size > limit ? 'too-large' : 'parsed';
    case 'stream': {
      const sent = size + (d.corrupt === null ? 0 : 1);
      const declared = { none: 0, true: sent, less: 1, more: sent * 2 }[d.declared];
      if (sent > limit || declared > limit) return 'too-large';
      return d.corrupt === null ? 'parsed' : 'not-json';
    }
    case 'no-stream':
      return size > limit ? 'too-large' : 'parsed';
    case 'throws':
    case 'garbage':
      return 'loading';
    case 'stall':
      return Math.min(STALL_AFTER, size) > limit ? 'too-large' : 'timeout';
  }
}

const loadBody = fc.oneof(
  { weight: 1, arbitrary: textBody },
  {
    weight: 1,
    arbitrary: mutation(1).map((m) => {
      const input = fresh();
      apply(input, m);
      return JSON.stringify(input);
    }),
  },
);

describe('loadDataset over a stubbed fetch', () => {
  it(
    'always resolves, with what parseDataset gives for the delivered text or one loading issue',
    async () => {
      await fc.assert(
        fc.asyncProperty(loadBody, delivery, usually(null, fc.nat(80_000)), async (text, d, maxBytes) => {
          const bytes = new TextEncoder().encode(text);
          const options = {
            fetch: stub(d, text, bytes),
            ...(maxBytes === null ? {} : { maxBytes }),
            ...(d.kind === 'stall' ? { timeoutMs: d.timeoutMs } : {}),
          };
          const result = await loadDataset('data.json', options);
          const issues = checkResult(result);
          const expected = outcome(d, bytes.length, maxBytes ?? Infinity);
          if (expected === 'parsed') {
            // Through a Response the body is decoded as fetch does: lone surrogates become U+FFFD and
            // one leading byte-order mark is dropped (parseDataset then ignores a second one).
            checkParsed(d.kind === 'no-stream' ? text : new TextDecoder().decode(bytes), result);
          } else if (
            issues.length !== 1 ||
            !(expected === 'loading' ? LOADER_CODES.has(issues[0]!.code) : issues[0]!.code === expected)
          ) {
            fail(`expected one ${expected} issue`, result);
          }
        }),
        { numRuns: RUNS.loads, timeout: 2_000, ...BOUNDED },
      );
    },
    TEST_TIMEOUT,
  );
});

describe('the run counts', () => {
  it('add up to at least 10,000 generated or mutated datasets per run', () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  });
});
