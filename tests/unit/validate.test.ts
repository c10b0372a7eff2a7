import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DataIssue,
  formatIssue,
  formatPath,
  ISSUE_CODES,
  MAX_CITIES,
  MAX_GROUPS,
  MAX_LINKS,
  type ValidationResult,
  validateDataset,
} from '../../src/data/validate';

// biome-ignore lint/suspicious/noExplicitAny: test fixtures are mutated freely
type Json = any;

const shippedText = readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8');
const shipped: Json = JSON.parse(shippedText);

/** A small valid dataset that uses every kind of reference. */
function minimal(): Json {
  return {
    meta: { title: 'Test' },
    linkTypes: [
      { id: 'partner', label: 'Partner' },
      { id: 'triangle', label: { en: 'Triangle', fi: 'Kolmio' } },
    ],
    cities: [
      {
        id: 'helsinki',
        kind: 'metropolis',
        name: { en: 'Helsinki' },
        country: 'FI',
        coordinates: [24.94, 60.17],
      },
      { id: 'tallinn', kind: 'metropolis', name: 'Tallinn', country: 'EE', coordinates: [24.75, 59.44] },
      {
        id: 'riga',
        kind: 'metropolis',
        name: { en: 'Riga', lv: 'Rīga' },
        country: 'LV',
        coordinates: [24.11, 56.95],
      },
      {
        id: 'st-petersburg',
        kind: 'metropolis',
        name: 'St. Petersburg',
        country: 'RU',
        coordinates: [30.31, 59.94],
      },
    ],
    links: [
      {
        id: 'helsinki-tallinn',
        source: 'helsinki',
        target: 'tallinn',
        type: 'partner',
        description: 'Euregio',
        since: 1999,
        sources: [{ title: 'ubc.net', url: 'https://www.ubc.net' }],
      },
      {
        id: 'riga-tallinn',
        source: 'riga',
        target: 'tallinn',
        type: 'partner',
        description: 'x',
        sources: [],
      },
    ],
    groups: [
      {
        id: 'gulf',
        name: 'Gulf of Finland triangle',
        members: ['helsinki', 'tallinn', 'st-petersburg'],
        type: 'triangle',
        description: 'x',
        sources: [],
      },
    ],
    priorities: [{ id: 'parks', name: 'Science parks', cities: ['riga'] }],
    chapters: [
      {
        id: 'intro',
        title: 'Intro',
        camera: {
          bounds: [
            [20, 55],
            [31, 61],
          ],
        },
        highlight: { cities: ['helsinki'], links: ['helsinki-tallinn'], groups: ['gulf'] },
        filters: { linkTypes: ['partner'], groups: ['gulf'], priorities: ['parks'], years: [2000, 2010] },
      },
      { id: 'zoomed', title: 'Zoomed', camera: { center: [24.9, 60.2], zoom: 6 } },
    ],
  };
}

function issuesOf(input: unknown): DataIssue[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return result.issues;
}

/** The only issue of a dataset with one problem. */
function onlyIssue(input: unknown): DataIssue {
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('validateDataset: valid input', () => {
  it('accepts the minimal dataset and the shipped one', () => {
    expect(validateDataset(minimal()).ok).toBe(true);
    const result = validateDataset(shipped);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('defaults absent links, groups, priorities and chapters to empty arrays', () => {
    const d = minimal();
    delete d.links;
    delete d.groups;
    delete d.priorities;
    delete d.chapters;
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.links).toEqual([]);
      expect(result.dataset.groups).toEqual([]);
      expect(result.dataset.priorities).toEqual([]);
      expect(result.dataset.chapters).toEqual([]);
    }
  });

  it('ignores unknown keys and returns a new object', () => {
    const d = minimal();
    d.extra = 1;
    d.cities[0].futureField = { x: 1 };
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset).not.toBe(d);
      expect(result.dataset).not.toHaveProperty('extra');
      expect(result.dataset.cities[0]).not.toHaveProperty('futureField');
      expect(result.dataset.cities[0]?.name).toEqual({ en: 'Helsinki' });
    }
  });

  it('accepts http, https and mailto URLs', () => {
    const d = minimal();
    d.links[1].sources = [
      { title: 'a', url: 'http://inno.baltmet.org' },
      { title: 'b', url: 'HTTPS://www.hel.fi/en' },
      { title: 'c', url: 'mailto:riikka.lahdensuo@hel.fi' },
    ];
    expect(validateDataset(d).ok).toBe(true);
  });
});

describe('validateDataset: structure', () => {
  it('rejects input that is not an object', () => {
    expect(issuesOf(null)).toEqual([
      { code: 'schema', path: '', message: 'the dataset must be a JSON object; got null' },
    ]);
    expect(issuesOf([1, 2])).toEqual([
      { code: 'schema', path: '', message: 'the dataset must be a JSON object; got an array of 2' },
    ]);
    expect(issuesOf('hello')).toEqual([
      { code: 'schema', path: '', message: 'the dataset must be a JSON object; got "hello"' },
    ]);
  });

  it('reports every missing top-level field', () => {
    expect(issuesOf({})).toEqual([
      { code: 'schema', path: 'meta', message: 'required field "meta" is missing' },
      { code: 'schema', path: 'linkTypes', message: 'required field "linkTypes" is missing' },
      { code: 'schema', path: 'cities', message: 'required field "cities" is missing' },
    ]);
  });

  it('reports a missing field with its path', () => {
    const d = minimal();
    delete d.cities[1].name;
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'cities[1].name',
      message: 'required field "name" is missing',
    });
  });

  it('reports a mistyped field with its path and the value', () => {
    const d = minimal();
    d.cities[3].coordinates[0] = '30.31';
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'cities[3].coordinates[0]',
      message: 'expected a number; got "30.31"',
    });
  });

  it('reports a mistyped link target', () => {
    const d = minimal();
    d.links[1].target = 42;
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'links[1].target',
      message: 'expected a string; got 42',
    });
  });

  it('reports an array where an object belongs, and vice versa', () => {
    const d = minimal();
    d.cities = { helsinki: {} };
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'cities',
      message: 'expected an array; got an object',
    });
  });

  it('reports a bad enum value', () => {
    const d = minimal();
    d.cities[0].kind = 'town';
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'cities[0].kind',
      message: 'kind must be "metropolis" or "external"; got "town"',
    });
  });

  it('reports a bad text, a bad language tag and an empty text object', () => {
    const d = minimal();
    d.cities[0].name = 5;
    d.cities[1].name = { EN: 'Tallinn' };
    d.cities[2].name = {};
    d.cities[3].name = '   ';
    expect(issuesOf(d)).toEqual([
      {
        code: 'schema',
        path: 'cities[0].name',
        message: 'expected a text (a string, or an object of strings by language such as {"en": "…"}); got 5',
      },
      {
        code: 'schema',
        path: 'cities[1].name.EN',
        message: 'not a language tag such as "en", "fi" or "en-GB"; got "EN"',
      },
      { code: 'schema', path: 'cities[2].name', message: 'needs at least one language, e.g. {"en": "…"}' },
      { code: 'schema', path: 'cities[3].name', message: 'must not be empty' },
    ]);
  });

  it('quotes language keys that are not identifiers in the path', () => {
    const d = minimal();
    d.cities[2].name = { en: 'Riga', 'lv-LV': 5 };
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'cities[2].name["lv-LV"]',
      message: 'expected a string; got 5',
    });
  });

  it('reports a bad id', () => {
    const d = minimal();
    d.links[1].id = 'Riga Tallinn';
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'links[1].id',
      message:
        'an id must be lower-case letters a-z, digits and hyphens, not starting with a hyphen; got "Riga Tallinn"',
    });
  });

  it('reports coordinates with too many or too few items', () => {
    const d = minimal();
    d.cities[0].coordinates = [24.94, 60.17, 12];
    d.cities[1].coordinates = [24.75];
    expect(issuesOf(d)).toEqual([
      {
        code: 'schema',
        path: 'cities[0].coordinates[2]',
        message: 'unexpected extra item 12: this list has a fixed length',
      },
      { code: 'schema', path: 'cities[1].coordinates[1]', message: 'missing item: expected a number' },
    ]);
  });

  it('reports a camera that is neither center+zoom nor bounds, or has a bad field', () => {
    const d = minimal();
    d.chapters[0].camera = { zoom: 3 };
    d.chapters[1].camera = { center: [24.9, 60.2], zoom: 'far' };
    expect(issuesOf(d)).toEqual([
      {
        code: 'schema',
        path: 'chapters[0].camera',
        message: 'a camera needs "center" and "zoom", or "bounds"; got an object',
      },
      { code: 'schema', path: 'chapters[1].camera.zoom', message: 'expected a number; got "far"' },
    ]);
  });

  it('reports a year that is not a whole number', () => {
    const d = minimal();
    d.links[0].since = 1999.5;
    expect(onlyIssue(d)).toEqual({
      code: 'schema',
      path: 'links[0].since',
      message: 'a year must be a whole number; got 1999.5',
    });
  });

  it('reports a bad membership and country', () => {
    const d = minimal();
    d.cities[0].membership = 'member';
    d.cities[0].country = 'fin';
    expect(issuesOf(d)).toEqual([
      {
        code: 'schema',
        path: 'cities[0].country',
        message: 'country must be an ISO 3166-1 alpha-2 code such as "FI"; got "fin"',
      },
      {
        code: 'schema',
        path: 'cities[0].membership',
        message: 'membership must be "lead-partner", "partner", "observer" or "external"; got "member"',
      },
    ]);
  });

  it('still runs the semantic checks when only value formats are wrong', () => {
    const d = minimal();
    d.cities[0].id = 'Helsinki';
    d.cities[1].coordinates = [190, 59.44];
    const issues = issuesOf(d);
    expect(issues).toContainEqual({
      code: 'schema',
      path: 'cities[0].id',
      message:
        'an id must be lower-case letters a-z, digits and hyphens, not starting with a hyphen; got "Helsinki"',
    });
    expect(issues).toContainEqual({
      code: 'coordinates',
      path: 'cities[1].coordinates',
      message: 'longitude must be between -180 and 180 (got 190)',
    });
  });
});

describe('validateDataset: semantic checks', () => {
  it('reports duplicate ids with the first occurrence', () => {
    const d = minimal();
    d.cities.push({ ...d.cities[2] });
    expect(onlyIssue(d)).toEqual({
      code: 'duplicate-id',
      path: 'cities[4].id',
      message: 'duplicate id "riga" (first at cities[2])',
    });
  });

  it('reports duplicate ids in every array, every duplicate', () => {
    const d = minimal();
    d.linkTypes.push({ ...d.linkTypes[0] });
    d.links.push({ ...d.links[0] }, { ...d.links[0] });
    d.groups.push({ ...d.groups[0] });
    d.priorities.push({ ...d.priorities[0] });
    d.chapters.push({ ...d.chapters[1] });
    expect(issuesOf(d)).toEqual([
      {
        code: 'duplicate-id',
        path: 'linkTypes[2].id',
        message: 'duplicate id "partner" (first at linkTypes[0])',
      },
      {
        code: 'duplicate-id',
        path: 'links[2].id',
        message: 'duplicate id "helsinki-tallinn" (first at links[0])',
      },
      {
        code: 'duplicate-id',
        path: 'links[3].id',
        message: 'duplicate id "helsinki-tallinn" (first at links[0])',
      },
      { code: 'duplicate-id', path: 'groups[1].id', message: 'duplicate id "gulf" (first at groups[0])' },
      {
        code: 'duplicate-id',
        path: 'priorities[1].id',
        message: 'duplicate id "parks" (first at priorities[0])',
      },
      {
        code: 'duplicate-id',
        path: 'chapters[2].id',
        message: 'duplicate id "zoomed" (first at chapters[1])',
      },
    ]);
  });

  it('reports a link to an unknown city', () => {
    const d = minimal();
    d.links[0].target = 'helsinkii';
    expect(onlyIssue(d)).toEqual({
      code: 'unknown-city',
      path: 'links[0].target',
      message: 'unknown city "helsinkii"',
    });
  });

  it('reports a link from an unknown city', () => {
    const d = minimal();
    d.links[1].source = 'rigaa';
    expect(onlyIssue(d)).toEqual({
      code: 'unknown-city',
      path: 'links[1].source',
      message: 'unknown city "rigaa"',
    });
  });

  it('reports unknown group members', () => {
    const d = minimal();
    d.groups[0].members = ['helsinki', 'tallinn', 'st-petersburg', 'pietari'];
    expect(onlyIssue(d)).toEqual({
      code: 'unknown-city',
      path: 'groups[0].members[3]',
      message: 'unknown city "pietari"',
    });
  });

  it('reports unknown cities in priorities and chapter highlights', () => {
    const d = minimal();
    d.priorities[0].cities = ['riga', 'warsaw'];
    d.chapters[0].highlight.cities = ['oslo'];
    expect(issuesOf(d)).toEqual([
      { code: 'unknown-city', path: 'priorities[0].cities[1]', message: 'unknown city "warsaw"' },
      { code: 'unknown-city', path: 'chapters[0].highlight.cities[0]', message: 'unknown city "oslo"' },
    ]);
  });

  it('reports unknown links, groups, priorities and link types in chapters', () => {
    const d = minimal();
    d.chapters[0].highlight.links = ['helsinki-riga'];
    d.chapters[0].highlight.groups = ['palette'];
    d.chapters[0].filters = { linkTypes: ['markets'], groups: ['palette'], priorities: ['procurement'] };
    expect(issuesOf(d)).toEqual([
      {
        code: 'unknown-link',
        path: 'chapters[0].highlight.links[0]',
        message: 'unknown link "helsinki-riga"',
      },
      { code: 'unknown-group', path: 'chapters[0].highlight.groups[0]', message: 'unknown group "palette"' },
      {
        code: 'unknown-type',
        path: 'chapters[0].filters.linkTypes[0]',
        message: 'unknown link type "markets"',
      },
      { code: 'unknown-group', path: 'chapters[0].filters.groups[0]', message: 'unknown group "palette"' },
      {
        code: 'unknown-priority',
        path: 'chapters[0].filters.priorities[0]',
        message: 'unknown priority "procurement"',
      },
    ]);
  });

  it('reports link and group types that are not in linkTypes', () => {
    const d = minimal();
    d.links[0].type = 'twinning';
    d.groups[0].type = 'growth-triangle';
    expect(issuesOf(d)).toEqual([
      { code: 'unknown-type', path: 'links[0].type', message: 'unknown link type "twinning"' },
      { code: 'unknown-type', path: 'groups[0].type', message: 'unknown link type "growth-triangle"' },
    ]);
  });

  it('reports a longitude out of range', () => {
    const d = minimal();
    d.cities[3].coordinates = [200, 59.94];
    expect(onlyIssue(d)).toEqual({
      code: 'coordinates',
      path: 'cities[3].coordinates',
      message: 'longitude must be between -180 and 180 (got 200)',
    });
  });

  it('reports a latitude out of range (e.g. swapped coordinates)', () => {
    const d = minimal();
    d.cities[0].coordinates = [60.17, 124.94];
    expect(onlyIssue(d)).toEqual({
      code: 'coordinates',
      path: 'cities[0].coordinates',
      message: 'latitude must be between -90 and 90 (got 124.94)',
    });
  });

  it('reports both coordinates, and camera positions', () => {
    const d = minimal();
    d.cities[0].coordinates = [-181, -91];
    d.chapters[1].camera.center = [0, 100];
    d.chapters[0].camera.bounds = [
      [20, 62],
      [31, 55],
    ];
    expect(issuesOf(d)).toEqual([
      {
        code: 'coordinates',
        path: 'cities[0].coordinates',
        message: 'longitude must be between -180 and 180 (got -181)',
      },
      {
        code: 'coordinates',
        path: 'cities[0].coordinates',
        message: 'latitude must be between -90 and 90 (got -91)',
      },
      {
        code: 'coordinates',
        path: 'chapters[0].camera.bounds',
        message:
          'the south-west corner (latitude 62) must not be north of the north-east corner (latitude 55)',
      },
      {
        code: 'coordinates',
        path: 'chapters[1].camera.center',
        message: 'latitude must be between -90 and 90 (got 100)',
      },
    ]);
  });

  it('reports a self-link', () => {
    const d = minimal();
    d.links[1].target = 'riga';
    expect(onlyIssue(d)).toEqual({
      code: 'self-link',
      path: 'links[1].target',
      message: 'link "riga-tallinn" joins city "riga" to itself',
    });
  });

  it('reports an empty dataset', () => {
    expect(
      issuesOf({ meta: { title: 'Empty' }, linkTypes: [], cities: [], links: [], groups: [], chapters: [] }),
    ).toEqual([{ code: 'empty', path: 'cities', message: 'the dataset has no cities' }]);
  });

  it('reports a group with fewer than 3 distinct members', () => {
    const d = minimal();
    d.groups[0].members = ['helsinki', 'tallinn', 'helsinki'];
    expect(onlyIssue(d)).toEqual({
      code: 'group-size',
      path: 'groups[0].members',
      message: 'a group needs at least 3 distinct members, found 2 ("helsinki", "tallinn")',
    });
    d.groups[0].members = [];
    expect(onlyIssue(d)).toEqual({
      code: 'group-size',
      path: 'groups[0].members',
      message: 'a group needs at least 3 distinct members, found none',
    });
  });

  it('reports URLs that are not http, https or mailto', () => {
    const d = minimal();
    d.links[0].sources = [{ title: 'x', url: 'javascript:alert(1)' }];
    d.links[1].sources = [{ title: 'y', url: 'www.hel.fi' }];
    d.meta.source = { title: 'Slides', url: 'ftp://inno.baltmet.org' };
    d.cities[0].population = { value: 1, year: 2010, source: { title: 'NE', url: 'file:///etc/passwd' } };
    expect(issuesOf(d)).toEqual([
      {
        code: 'url-scheme',
        path: 'meta.source.url',
        message: 'URL scheme "ftp" is not allowed, only http, https and mailto: "ftp://inno.baltmet.org"',
      },
      {
        code: 'url-scheme',
        path: 'cities[0].population.source.url',
        message: 'URL scheme "file" is not allowed, only http, https and mailto: "file:///etc/passwd"',
      },
      {
        code: 'url-scheme',
        path: 'links[0].sources[0].url',
        message: 'URL scheme "javascript" is not allowed, only http, https and mailto: "javascript:alert(1)"',
      },
      {
        code: 'url-scheme',
        path: 'links[1].sources[0].url',
        message: '"www.hel.fi" is not an absolute URL; use an http, https or mailto URL',
      },
    ]);
  });

  it('reports since after until, in links, groups and chapter filters', () => {
    const d = minimal();
    d.links[0].until = 1995;
    d.groups[0].since = 2007;
    d.groups[0].until = 2005;
    d.chapters[0].filters.years = [2010, 2000];
    expect(issuesOf(d)).toEqual([
      { code: 'years', path: 'links[0].until', message: 'until (1995) is before since (1999)' },
      { code: 'years', path: 'groups[0].until', message: 'until (2005) is before since (2007)' },
      {
        code: 'years',
        path: 'chapters[0].filters.years',
        message: 'the year range starts (2010) after it ends (2000)',
      },
    ]);
  });

  it('reports all problems at once, in file order', () => {
    const d = minimal();
    d.links[0].target = 'nowhere';
    d.links[1].target = 'riga';
    d.cities[1].coordinates = [24.75, 99];
    d.groups[0].members = ['helsinki', 'nowhere', 'tallinn'];
    const issues = issuesOf(d);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'coordinates cities[1].coordinates',
      'unknown-city links[0].target',
      'self-link links[1].target',
      'unknown-city groups[0].members[1]',
    ]);
  });
});

describe('validateDataset never throws', () => {
  it('handles cyclic, huge and odd objects', () => {
    const cyclic: Json = minimal();
    cyclic.self = cyclic;
    cyclic.cities[0].parent = cyclic;
    expect(validateDataset(cyclic).ok).toBe(true);

    const cyclicBad: Json = { meta: {}, linkTypes: [], cities: [] };
    cyclicBad.meta.title = cyclicBad;
    expect(issuesOf(cyclicBad)[0]?.path).toMatch(/^meta\.title/);

    const huge: Json = minimal();
    huge.links = Array.from({ length: 20_000 }, () => null);
    const hugeIssues = issuesOf(huge);
    expect(hugeIssues).toHaveLength(20_000);
    expect(hugeIssues[19_999]).toEqual({
      code: 'schema',
      path: 'links[19999]',
      message: 'expected an object; got null',
    });

    const long: Json = minimal();
    long.cities[0].id = 'x'.repeat(1_000_000);
    long.cities[0].kind = 'y'.repeat(1_000_000);
    const longIssue = issuesOf(long).find((i) => i.path === 'cities[0].kind');
    expect(longIssue?.message.length).toBeLessThan(200);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const odd of [
      undefined,
      Number.NaN,
      Symbol('x'),
      10n,
      () => 1,
      new Date(),
      new Map(),
      Object.create(null),
      proxy,
      { meta: Object.create(null), linkTypes: new Set(), cities: 'cities' },
      {
        ...minimal(),
        cities: [{ ...minimal().cities[0], coordinates: [Number.POSITIVE_INFINITY, Number.NaN] }],
      },
    ]) {
      const result = validateDataset(odd);
      expect(result.ok).toBe(false);
    }
  });

  it('holds for arbitrary JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        checkResult(result);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('holds for mutations of the shipped dataset (property)', () => {
    const paths = collectPaths(shipped);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom(...paths),
            op: fc.constantFrom('set', 'delete', 'duplicate'),
            value: fc.jsonValue({ maxDepth: 3 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (mutations) => {
          const copy = JSON.parse(shippedText);
          for (const m of mutations) mutate(copy, m.path, m.op, m.value);
          checkResult(validateDataset(copy));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

/** Plain checks (not `expect`, which is slow when called thousands of times). */
function checkResult(result: ValidationResult): void {
  if (result.ok) {
    if (typeof result.dataset !== 'object') throw new Error('ok without a dataset');
    return;
  }
  if (result.issues.length === 0) throw new Error('not ok, but no issues');
  for (const issue of result.issues) {
    if (typeof issue.path !== 'string') throw new Error(`path is not a string: ${String(issue.path)}`);
    if (typeof issue.message !== 'string' || issue.message === '') throw new Error('empty message');
    if (!(ISSUE_CODES as readonly string[]).includes(issue.code))
      throw new Error(`unknown code ${issue.code}`);
  }
}

type Key = string | number;

function collectPaths(value: Json, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectPaths(item, [...prefix, i], out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectPaths(item, [...prefix, key], out);
  }
  return out;
}

function mutate(root: Json, path: Key[], op: string, value: unknown): void {
  let parent = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = parent[key];
  }
  if (parent === null || typeof parent !== 'object') return;
  const last = path.at(-1)!;
  if (op === 'set') parent[last] = value;
  else if (op === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else if (Array.isArray(parent) && typeof last === 'number') {
    parent.push(structuredClone(parent[last]));
  } else parent[last] = structuredClone(parent[last]);
}

describe('formatIssue and formatPath', () => {
  it('joins path and message', () => {
    expect(
      formatIssue({ code: 'unknown-city', path: 'links[4].target', message: 'unknown city "helsinkii"' }),
    ).toBe('links[4].target: unknown city "helsinkii"');
    expect(formatIssue({ code: 'not-json', path: '', message: 'the file is empty' })).toBe(
      'the file is empty',
    );
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['cities', 3, 'coordinates', 0])).toBe('cities[3].coordinates[0]');
    expect(formatPath(['cities', 0, 'name', 'en-GB'])).toBe('cities[0].name["en-GB"]');
    expect(formatPath(['$schema'])).toBe('$schema');
  });

  it('lists stable codes', () => {
    expect([...ISSUE_CODES].sort()).toEqual(
      [
        'basemap',
        'coordinates',
        'duplicate-id',
        'empty',
        'group-size',
        'http',
        'network',
        'not-json',
        'schema',
        'self-link',
        'timeout',
        'too-large',
        'unknown-city',
        'unknown-group',
        'unknown-link',
        'unknown-priority',
        'unknown-type',
        'url-scheme',
        'years',
      ].sort(),
    );
  });
});

/** A valid dataset of `cities` cities, `links` links and `groups` groups of three, spread over the Baltic. */
function synthetic(cities: number, links: number, groups = 0): Json {
  const id = (i: number) => `city-${i}`;
  return {
    meta: { title: 'Synthetic' },
    linkTypes: [{ id: 'partner', label: 'Partner' }],
    cities: Array.from({ length: cities }, (_, i) => ({
      id: id(i),
      kind: 'metropolis',
      name: { en: `City ${i}` },
      country: 'FI',
      coordinates: [10 + (i % 200) * 0.1, 53 + Math.floor(i / 200) * 0.1],
    })),
    // Link i joins city i to the city 1 + ⌊i / cities⌋ further on, never to itself (links < cities²).
    links: Array.from({ length: links }, (_, i) => ({
      id: `link-${i}`,
      source: id(i % cities),
      target: id((i + 1 + Math.floor(i / cities)) % cities),
      type: 'partner',
      description: `Partnership ${i}`,
      sources: [],
    })),
    groups: Array.from({ length: groups }, (_, i) => ({
      id: `group-${i}`,
      name: `Group ${i}`,
      members: [id(i % cities), id((i + 1) % cities), id((i + 2) % cities)],
      type: 'partner',
      description: 'x',
      sources: [],
    })),
  };
}

describe('validateDataset: item-count limits', () => {
  it('has the documented limits', () => {
    expect([MAX_CITIES, MAX_LINKS, MAX_GROUPS]).toEqual([5_000, 20_000, 1_000]);
  });

  it('accepts 2,000 cities with 10,000 links', () => {
    const result = validateDataset(synthetic(2_000, 10_000, 300));
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
    if (result.ok) expect(result.dataset.links).toHaveLength(10_000);
  });

  it('accepts counts exactly at the limits', () => {
    const result = validateDataset(synthetic(MAX_CITIES, MAX_LINKS, MAX_GROUPS));
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
  });

  // The items are junk: only the count is reported, so the per-item validation did not run.
  it('refuses more cities than the limit', () => {
    const d = minimal();
    d.cities = Array.from({ length: MAX_CITIES + 1 }, () => null);
    expect(onlyIssue(d)).toEqual({
      code: 'too-large',
      path: 'cities',
      message: 'too large: the file has 5,001 cities, more than the limit of 5,000',
    });
  });

  it('refuses more links than the limit', () => {
    const d = minimal();
    d.links = Array.from({ length: 25_000 }, () => ({}));
    expect(onlyIssue(d)).toEqual({
      code: 'too-large',
      path: 'links',
      message: 'too large: the file has 25,000 links, more than the limit of 20,000',
    });
  });

  it('refuses more groups than the limit', () => {
    const d = minimal();
    d.groups = Array.from({ length: MAX_GROUPS + 1 }, () => d.groups[0]);
    expect(onlyIssue(d)).toEqual({
      code: 'too-large',
      path: 'groups',
      message: 'too large: the file has 1,001 groups, more than the limit of 1,000',
    });
  });

  it('reports every count over its limit, and nothing else', () => {
    const d: Json = { meta: 'not an object', linkTypes: 0 };
    d.cities = new Array(1_000_000).fill(0);
    d.links = new Array(MAX_LINKS + 1).fill(0);
    d.groups = new Array(123_456).fill(0);
    expect(issuesOf(d)).toEqual([
      {
        code: 'too-large',
        path: 'cities',
        message: 'too large: the file has 1,000,000 cities, more than the limit of 5,000',
      },
      {
        code: 'too-large',
        path: 'links',
        message: 'too large: the file has 20,001 links, more than the limit of 20,000',
      },
      {
        code: 'too-large',
        path: 'groups',
        message: 'too large: the file has 123,456 groups, more than the limit of 1,000',
      },
    ]);
  });
});

describe('validateDataset: hostile values in semantic messages', () => {
  it('quotes long ids and URL schemes shortened, as it does other values', () => {
    const long = 'x'.repeat(1_000_000);
    const d = minimal();
    d.links[0].target = long.replace(/x/g, 'y');
    d.links[1].sources = [{ title: 'x', url: `${long}:x` }];
    d.cities.push({ ...d.cities[0], id: long }, { ...d.cities[0], id: long });
    const shown = (c: string) => `"${c.repeat(60)}…"`;
    expect(issuesOf(d)).toEqual([
      {
        code: 'duplicate-id',
        path: 'cities[5].id',
        message: `duplicate id ${shown('x')} (first at cities[4])`,
      },
      { code: 'unknown-city', path: 'links[0].target', message: `unknown city ${shown('y')}` },
      {
        code: 'url-scheme',
        path: 'links[1].sources[0].url',
        message: `URL scheme ${shown('x')} is not allowed, only http, https and mailto: ${shown('x')}`,
      },
    ]);
  });
});

describe('validateDataset: status', () => {
  it('accepts established and proposed on links and groups, and proposed: false in chapter filters', () => {
    const d = minimal();
    d.links[0].status = 'established';
    d.links[1].status = 'proposed';
    d.groups[0].status = 'proposed';
    d.chapters[0].filters.proposed = false;
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.links.map((l) => l.status)).toEqual(['established', 'proposed']);
      expect(result.dataset.groups[0]?.status).toBe('proposed');
      expect(result.dataset.chapters[0]?.filters?.proposed).toBe(false);
    }
  });

  it('leaves an absent status absent (established is the default)', () => {
    const result = validateDataset(minimal());
    expect(result.ok && result.dataset.links[0]?.status).toBeUndefined();
  });

  it('reports a bad status and a bad chapter filter', () => {
    const d = minimal();
    d.links[0].status = 'planned';
    d.groups[0].status = true;
    d.chapters[0].filters.proposed = 'hide';
    expect(issuesOf(d)).toEqual([
      {
        code: 'schema',
        path: 'links[0].status',
        message: 'status must be "established" or "proposed"; got "planned"',
      },
      {
        code: 'schema',
        path: 'groups[0].status',
        message: 'status must be "established" or "proposed"; got true',
      },
      { code: 'schema', path: 'chapters[0].filters.proposed', message: 'expected true or false; got "hide"' },
    ]);
  });
});

describe('validateDataset: slides', () => {
  it('accepts a source that names a slide of the deck', () => {
    const d = minimal();
    d.links[0].sources = [{ title: 'Slides, Berlin 13 Nov 2007', slide: 6 }];
    const result = validateDataset(d);
    expect(result.ok && result.dataset.links[0]?.sources).toEqual([
      { title: 'Slides, Berlin 13 Nov 2007', slide: 6 },
    ]);
  });

  it('refuses slide numbers the deck does not have', () => {
    for (const [slide, message] of [
      [0, 'the slides are numbered 1 to 10; got 0'],
      [11, 'the slides are numbered 1 to 10; got 11'],
      [2.5, 'a slide number must be a whole number; got 2.5'],
      ['6', 'expected a number; got "6"'],
    ] as const) {
      const d = minimal();
      d.links[0].sources = [{ title: 'Slides', slide }];
      expect(onlyIssue(d), String(slide)).toEqual({
        code: 'schema',
        path: 'links[0].sources[0].slide',
        message,
      });
    }
  });
});

describe('validateDataset: warnings', () => {
  const warningsOf = (input: unknown) => {
    const result = validateDataset(input);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    return result.warnings;
  };

  it('warns, code unsourced with the path, for every entry that shows facts and cites no source', () => {
    const d = minimal();
    d.cities[0].description = 'Lead Partner';
    d.cities[1].sources = [];
    d.cities[1].role = 'Partner';
    d.priorities[0].description = 'Parks';
    expect(warningsOf(d)).toEqual([
      {
        code: 'unsourced',
        path: 'cities[0]',
        message: 'city "helsinki" shows facts (description) but cites no source: it is shown as unverified',
      },
      {
        code: 'unsourced',
        path: 'cities[1]',
        message: 'city "tallinn" shows facts (role) but cites no source: it is shown as unverified',
      },
      {
        code: 'unsourced',
        path: 'links[1]',
        message:
          'link "riga-tallinn" shows facts (description) but cites no source: it is shown as unverified',
      },
      {
        code: 'unsourced',
        path: 'groups[0]',
        message: 'group "gulf" shows facts (description) but cites no source: it is shown as unverified',
      },
      {
        code: 'unsourced',
        path: 'priorities[0]',
        message:
          'priority "parks" shows facts (description, cities) but cites no source: it is shown as unverified',
      },
    ]);
  });

  it('names since and until among the facts', () => {
    const d = minimal();
    d.links[0].sources = [];
    d.links[0].until = 2005;
    expect(warningsOf(d)[0]).toMatchObject({
      path: 'links[0]',
      message:
        'link "helsinki-tallinn" shows facts (description, since, until) but cites no source: it is shown as unverified',
    });
  });

  it('does not warn for entries that show no facts, or cite a source', () => {
    const d = minimal();
    d.links[1].sources = [{ title: 'Slides', slide: 4 }];
    d.groups[0].sources = [{ title: 'Slides', slide: 6 }];
    d.priorities[0].cities = [];
    // Cities with only a name, a country and a position; a population carries its own source.
    d.cities[0].population = { value: 1, year: 2010, source: { title: 'NE' } };
    expect(warningsOf(d)).toEqual([]);
  });

  it('warns also for an entry marked verified: false: the rule is about the source', () => {
    const d = minimal();
    d.links[1].verified = false;
    d.links[1].note = 'Unconfirmed';
    expect(warningsOf(d).map((w) => w.path)).toContain('links[1]');
  });

  it('never makes a dataset invalid, and the shipped dataset has none', () => {
    const d = minimal();
    for (const link of d.links) link.sources = [];
    expect(validateDataset(d).ok).toBe(true);
    const result = validateDataset(shipped);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('formats as path: message, like issues', () => {
    const d = minimal();
    expect(formatIssue(warningsOf(d)[0]!)).toBe(
      'links[1]: link "riga-tallinn" shows facts (description) but cites no source: it is shown as unverified',
    );
  });
});
