/**
 * `validateDataset`: structural validation with the valibot schema, then semantic checks.
 *
 * Every problem becomes a `DataIssue` `{code, path, message}`: `code` is stable (`IssueCode`), `path`
 * points into the file like `cities[3].coordinates[0]` or `links[4].target` (`""` for the whole
 * file), `message` is English and names the offending value. All problems are reported, not only the
 * first. When the structure is broken (a missing field, a wrong type), only structural issues are
 * reported: the semantic checks need a well-formed file. A file with more cities, links or groups than
 * the limits below is refused with `too-large` issues alone, before any per-item check.
 *
 * A valid dataset may still come with warnings (`DataWarning`, code `unsourced`): entries that show
 * facts but cite no source. They never make a dataset invalid; such entries are shown as unverified.
 *
 * Never throws, for any input.
 */
import * as v from 'valibot';
import { type Dataset, DatasetSchema, describeValue, type LonLat, type Source, URL_SCHEMES } from './schema';
import { hasSource } from './sources';

/**
 * Stable issue codes. Loading: `not-json` `http` `network` `timeout` `too-large` (also produced here,
 * for item counts over the limits); structure: `schema`; semantic: `empty` … `years`. `basemap` is not
 * produced here: the element uses it when the map itself fails, so that every failure it reports has a
 * code from this one list.
 */
export const ISSUE_CODES = [
  'not-json',
  'http',
  'network',
  'timeout',
  'too-large',
  'schema',
  'empty',
  'duplicate-id',
  'unknown-city',
  'unknown-link',
  'unknown-group',
  'unknown-type',
  'unknown-priority',
  'coordinates',
  'self-link',
  'group-size',
  'url-scheme',
  'years',
  'basemap',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export interface DataIssue {
  code: IssueCode;
  /** Where: `cities[3].coordinates[0]`, `links[4].target`, `""` for the whole file. */
  path: string;
  /** English, precise, naming the offending value. */
  message: string;
}

/** Stable warning codes. `unsourced`: an entry shows facts (description, since, …) but cites no source. */
export const WARNING_CODES = ['unsourced'] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

/** Something worth fixing that does not make the dataset invalid. Same shape as `DataIssue`. */
export interface DataWarning {
  code: WarningCode;
  /** Where: `links[4]`, `cities[2]`. */
  path: string;
  /** English, naming the entry and the facts it shows. */
  message: string;
}

/**
 * Valid: the dataset, and the warnings about it (`[]` when none); warnings never stop the map.
 * Invalid: the issues.
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: DataWarning[] }
  | { ok: false; issues: DataIssue[] };

/** `path: message`, or just `message` for the whole file. */
export function formatIssue(issue: DataIssue | DataWarning): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['cities', 3, 'name', 'en-GB']` → `cities[3].name["en-GB"]`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The failure result for one issue (used by the loader too). */
export function failure(code: IssueCode, path: string, message: string): ValidationResult {
  return { ok: false, issues: [{ code, path, message }] };
}

/**
 * Item-count limits. The map draws every item and betweenness is O(cities × links), so a file with
 * absurd counts would freeze the tab: it is refused before the costly per-item validation. The limits
 * are far above any real archipelago; 2,000 cities with 10,000 links must still load.
 */
export const MAX_CITIES = 5_000;
export const MAX_LINKS = 20_000;
export const MAX_GROUPS = 1_000;

const COUNT_LIMITS = [
  ['cities', MAX_CITIES],
  ['links', MAX_LINKS],
  ['groups', MAX_GROUPS],
] as const;

/** `25000` → `"25,000"`, without depending on the ICU data of the runtime. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `too-large` issues for arrays over their limit (read as valibot reads them, inherited keys too). */
function countIssues(input: object): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [field, limit] of COUNT_LIMITS) {
    const items: unknown = (input as Record<string, unknown>)[field];
    if (Array.isArray(items) && items.length > limit) {
      issues.push({
        code: 'too-large',
        path: field,
        message: `too large: the file has ${formatCount(items.length)} ${field}, more than the limit of ${formatCount(limit)}`,
      });
    }
  }
  return issues;
}

export function validateDataset(input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return failure('schema', '', `the dataset must be a JSON object; got ${describeValue(input)}`);
    }
    const tooLarge = countIssues(input);
    if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
    const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
    const issues: DataIssue[] = [];
    for (const issue of result.issues ?? []) convertIssue(issue, [], issues);
    // `typed` means the structure is right (only value checks such as id patterns failed), so the
    // semantic checks can run on the output and add their findings.
    if (result.typed) issues.push(...semanticIssues(result.output));
    if (issues.length === 0 && result.success) {
      return { ok: true, dataset: result.output, warnings: datasetWarnings(result.output) };
    }
    if (issues.length === 0) issues.push({ code: 'schema', path: '', message: 'the dataset is not valid' });
    return { ok: false, issues };
  } catch (error) {
    return failure('schema', '', `the dataset could not be checked: ${errorMessage(error)}`);
  }
}

function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

// ---------------------------------------------------------------------------------------------------
// Structural issues (valibot) → DataIssue

type AnyIssue = v.BaseIssue<unknown>;

function segmentsOf(issue: AnyIssue): (string | number)[] {
  const out: (string | number)[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number' || typeof key === 'string') out.push(key);
    else out.push(String(key));
  }
  return out;
}

/** A required object key that is absent. */
function isMissingField(issue: AnyIssue): boolean {
  const last = issue.path?.at(-1);
  return (
    issue.kind === 'schema' && last?.type === 'object' && last.origin === 'key' && issue.input === undefined
  );
}

function convertIssue(issue: AnyIssue, prefix: (string | number)[], out: DataIssue[]): void {
  const segments = [...prefix, ...segmentsOf(issue)];
  // A union (text, camera) whose options got further than the union itself: report what is wrong
  // inside rather than "expected one of …". Sub-issue paths are relative to the union.
  if (issue.type === 'union' && issue.issues?.length) {
    const deeper = issue.issues.filter((sub) => (sub.path?.length ?? 0) > 0 && !isMissingField(sub));
    if (deeper.length > 0) {
      const seen = new Set<string>();
      for (const sub of deeper) {
        const converted: DataIssue[] = [];
        convertIssue(sub, segments, converted);
        for (const c of converted) {
          const key = formatIssue(c);
          if (!seen.has(key)) {
            seen.add(key);
            out.push(c);
          }
        }
      }
      return;
    }
  }
  out.push({ code: 'schema', path: formatPath(segments), message: structuralMessage(issue, segments) });
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'an array',
};

function structuralMessage(issue: AnyIssue, segments: (string | number)[]): string {
  if (isMissingField(issue)) return `required field ${JSON.stringify(String(segments.at(-1)))} is missing`;
  if (issue.kind !== 'schema') return issue.message;
  if (issue.type === 'strict_tuple' && issue.expected === 'never') {
    return `unexpected extra item ${describeValue(issue.input)}: this list has a fixed length`;
  }
  if (issue.type === 'union' || issue.type === 'picklist') return issue.message; // custom messages in schema.ts
  const expected = (issue.expected && EXPECTED[issue.expected]) ?? issue.expected ?? 'another value';
  if (issue.input === undefined && typeof segments.at(-1) === 'number') {
    return `missing item: expected ${expected}`;
  }
  return `expected ${expected}; got ${describeValue(issue.input)}`;
}

// ---------------------------------------------------------------------------------------------------
// Semantic checks

function semanticIssues(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (code: IssueCode, path: string, message: string) => issues.push({ code, path, message });
  // Quoted and shortened like every value in messages: a hostile 1 MB id must not flood the alert box.
  const q = (value: string) => describeValue(value);

  const cityIds = new Set(dataset.cities.map((c) => c.id));
  const linkIds = new Set(dataset.links.map((l) => l.id));
  const groupIds = new Set(dataset.groups.map((g) => g.id));
  const typeIds = new Set(dataset.linkTypes.map((t) => t.id));
  const priorityIds = new Set(dataset.priorities.map((p) => p.id));

  const checkDuplicates = (name: string, items: readonly { id: string }[]) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const at = first.get(item.id);
      if (at === undefined) first.set(item.id, i);
      else add('duplicate-id', `${name}[${i}].id`, `duplicate id ${q(item.id)} (first at ${name}[${at}])`);
    });
  };
  const checkRefs = (
    ids: readonly string[] | undefined,
    known: Set<string>,
    path: string,
    code: IssueCode,
    what: string,
  ) => {
    ids?.forEach((id, j) => {
      if (!known.has(id)) add(code, `${path}[${j}]`, `unknown ${what} ${q(id)}`);
    });
  };
  const checkUrl = (url: string | undefined, path: string) => {
    if (url === undefined) return;
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      add(
        'url-scheme',
        path,
        `${describeValue(url)} is not an absolute URL; use an http, https or mailto URL`,
      );
      return;
    }
    if (!(URL_SCHEMES as readonly string[]).includes(protocol)) {
      add(
        'url-scheme',
        path,
        `URL scheme ${q(protocol.slice(0, -1))} is not allowed, only http, https and mailto: ${describeValue(url)}`,
      );
    }
  };
  const checkSources = (sources: readonly Source[] | undefined, path: string) => {
    sources?.forEach((s, j) => {
      checkUrl(s.url, `${path}[${j}].url`);
    });
  };
  const checkLonLat = ([lon, lat]: LonLat, path: string) => {
    if (!(lon >= -180 && lon <= 180))
      add('coordinates', path, `longitude must be between -180 and 180 (got ${lon})`);
    if (!(lat >= -90 && lat <= 90))
      add('coordinates', path, `latitude must be between -90 and 90 (got ${lat})`);
  };
  const checkYears = (entry: { since?: number | undefined; until?: number | undefined }, path: string) => {
    if (entry.since !== undefined && entry.until !== undefined && entry.since > entry.until) {
      add('years', `${path}.until`, `until (${entry.until}) is before since (${entry.since})`);
    }
  };

  // In file order: meta, linkTypes, cities, links, groups, priorities, chapters.
  checkUrl(dataset.meta.source?.url, 'meta.source.url');

  checkDuplicates('linkTypes', dataset.linkTypes);

  if (dataset.cities.length === 0) add('empty', 'cities', 'the dataset has no cities');
  checkDuplicates('cities', dataset.cities);
  dataset.cities.forEach((city, i) => {
    const path = `cities[${i}]`;
    checkLonLat(city.coordinates, `${path}.coordinates`);
    checkUrl(city.population?.source.url, `${path}.population.source.url`);
    checkSources(city.sources, `${path}.sources`);
  });

  checkDuplicates('links', dataset.links);
  dataset.links.forEach((link, i) => {
    const path = `links[${i}]`;
    if (!cityIds.has(link.source)) add('unknown-city', `${path}.source`, `unknown city ${q(link.source)}`);
    if (!cityIds.has(link.target)) add('unknown-city', `${path}.target`, `unknown city ${q(link.target)}`);
    if (link.source === link.target) {
      add('self-link', `${path}.target`, `link ${q(link.id)} joins city ${q(link.source)} to itself`);
    }
    if (!typeIds.has(link.type)) add('unknown-type', `${path}.type`, `unknown link type ${q(link.type)}`);
    checkYears(link, path);
    checkSources(link.sources, `${path}.sources`);
  });

  checkDuplicates('groups', dataset.groups);
  dataset.groups.forEach((group, i) => {
    const path = `groups[${i}]`;
    checkRefs(group.members, cityIds, `${path}.members`, 'unknown-city', 'city');
    const distinct = [...new Set(group.members)];
    if (distinct.length < 3) {
      const found = distinct.length === 0 ? 'none' : `${distinct.length} (${distinct.map(q).join(', ')})`;
      add('group-size', `${path}.members`, `a group needs at least 3 distinct members, found ${found}`);
    }
    if (!typeIds.has(group.type)) add('unknown-type', `${path}.type`, `unknown link type ${q(group.type)}`);
    checkYears(group, path);
    checkSources(group.sources, `${path}.sources`);
  });

  checkDuplicates('priorities', dataset.priorities);
  dataset.priorities.forEach((priority, i) => {
    const path = `priorities[${i}]`;
    checkRefs(priority.cities, cityIds, `${path}.cities`, 'unknown-city', 'city');
    checkSources(priority.sources, `${path}.sources`);
  });

  checkDuplicates('chapters', dataset.chapters);
  dataset.chapters.forEach((chapter, i) => {
    const path = `chapters[${i}]`;
    const camera = chapter.camera;
    if (camera && 'center' in camera) checkLonLat(camera.center, `${path}.camera.center`);
    if (camera && 'bounds' in camera) {
      const [sw, ne] = camera.bounds;
      checkLonLat(sw, `${path}.camera.bounds[0]`);
      checkLonLat(ne, `${path}.camera.bounds[1]`);
      if (sw[1] > ne[1]) {
        add(
          'coordinates',
          `${path}.camera.bounds`,
          `the south-west corner (latitude ${sw[1]}) must not be north of the north-east corner (latitude ${ne[1]})`,
        );
      }
    }
    const h = chapter.highlight;
    checkRefs(h?.cities, cityIds, `${path}.highlight.cities`, 'unknown-city', 'city');
    checkRefs(h?.links, linkIds, `${path}.highlight.links`, 'unknown-link', 'link');
    checkRefs(h?.groups, groupIds, `${path}.highlight.groups`, 'unknown-group', 'group');
    const f = chapter.filters;
    checkRefs(f?.linkTypes, typeIds, `${path}.filters.linkTypes`, 'unknown-type', 'link type');
    checkRefs(f?.groups, groupIds, `${path}.filters.groups`, 'unknown-group', 'group');
    checkRefs(f?.priorities, priorityIds, `${path}.filters.priorities`, 'unknown-priority', 'priority');
    if (f?.years && f.years[0] > f.years[1]) {
      add(
        'years',
        `${path}.filters.years`,
        `the year range starts (${f.years[0]}) after it ends (${f.years[1]})`,
      );
    }
    if (chapter.play && chapter.play[0] > chapter.play[1]) {
      add(
        'years',
        `${path}.play`,
        `the years played start (${chapter.play[0]}) after they end (${chapter.play[1]})`,
      );
    }
  });

  return issues;
}

// ---------------------------------------------------------------------------------------------------
// Warnings

/** The names of the fact fields an entry fills, in the order given. */
function filled(entry: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.filter((field) => {
    const value = entry[field];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
}

/**
 * `unsourced` warnings, in file order: every city, link, group and priority that shows facts and cites
 * no source. Facts: a city's description, role, strategies, membership (a population carries its own
 * source); a link's or group's description (always present), since and until; a priority's description
 * and cities.
 */
export function datasetWarnings(dataset: Dataset): DataWarning[] {
  const warnings: DataWarning[] = [];
  const check = (
    entry: { id: string; sources?: readonly Source[] | undefined },
    path: string,
    what: string,
    fields: readonly string[],
  ) => {
    if (hasSource(entry)) return;
    const facts = filled(entry as unknown as Record<string, unknown>, fields);
    if (facts.length === 0) return;
    warnings.push({
      code: 'unsourced',
      path,
      message: `${what} ${describeValue(entry.id)} shows facts (${facts.join(', ')}) but cites no source: it is shown as unverified`,
    });
  };
  dataset.cities.forEach((city, i) => {
    check(city, `cities[${i}]`, 'city', ['description', 'role', 'strategies', 'membership']);
  });
  dataset.links.forEach((link, i) => {
    check(link, `links[${i}]`, 'link', ['description', 'since', 'until']);
  });
  dataset.groups.forEach((group, i) => {
    check(group, `groups[${i}]`, 'group', ['description', 'since', 'until']);
  });
  dataset.priorities.forEach((priority, i) => {
    check(priority, `priorities[${i}]`, 'priority', ['description', 'cities']);
  });
  return warnings;
}
