import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, datasetFromCsv, parseCsv } from '../../src/data/csv';
import { csvCell, csvLeavesOut, datasetToCsv, plainNumber } from '../../src/data/csv-write';
import type { Dataset } from '../../src/data/schema';
import { formatIssue, validateDataset } from '../../src/data/validate';
import { datasetArb } from './random-dataset';
import { shipped } from './shipped';

type City = Dataset['cities'][number];
type Link = Dataset['links'][number];
type Group = Dataset['groups'][number];

/**
 * Every field the CSV format holds (docs/data-format.md, "Building a dataset from spreadsheets"), in
 * the dataset's own terms. Written values that mean the same as absent ones (`verified: true`, `status:
 * "established"`, empty optional lists) are read back as absent, so they are compared as absent.
 * `toEqual` ignores the order of an object's keys: the languages of a text come back in column order.
 */
function csvView(d: Dataset) {
  const list = <T>(items: T[] | undefined) => (items?.length ? items : undefined);
  const verified = (v: boolean | undefined) => (v === false ? false : undefined);
  const status = (s: string | undefined) => (s === 'proposed' ? s : undefined);
  const partnership = (e: Link | Group) => ({
    description: e.description,
    status: status(e.status),
    since: e.since,
    until: e.until,
    sources: e.sources,
    verified: verified(e.verified),
    note: e.note,
  });
  return {
    cities: d.cities.map((c: City) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      localLanguages: list(c.localLanguages),
      country: c.country,
      coordinates: c.coordinates,
      population: c.population && {
        value: c.population.value,
        year: c.population.year,
        source: { title: c.population.source.title, url: c.population.source.url },
      },
      membership: c.membership,
      role: c.role,
      description: c.description,
      sources: list(c.sources),
      verified: verified(c.verified),
      note: c.note,
    })),
    links: d.links.map((l) => ({
      id: l.id,
      source: l.source,
      target: l.target,
      type: l.type,
      title: l.title,
      ...partnership(l),
    })),
    groups: d.groups.map((g) => ({
      id: g.id,
      name: g.name,
      members: g.members,
      type: g.type,
      ...partnership(g),
    })),
  };
}

/** CSV texts back to a validated dataset, failing on any problem. */
function readBack(texts: ReturnType<typeof datasetToCsv>): Dataset {
  const built = datasetFromCsv(texts);
  if (built.problems.length) throw new Error(JSON.stringify(built.problems));
  if (built.warnings.length) throw new Error(JSON.stringify(built.warnings));
  const result = validateDataset(built.dataset);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.dataset;
}

const tiny: Dataset = {
  meta: { title: 'Tiny' },
  linkTypes: [{ id: 'twin', label: 'Twin' }],
  cities: [
    {
      id: 'a',
      kind: 'metropolis',
      name: { en: 'Åbo, "Turku"', fi: 'Turku' },
      country: 'FI',
      coordinates: [22.25, 60.45],
      population: { value: 200000, year: 2010, source: { title: 'Stats', url: 'https://x.example/' } },
      localLanguages: ['fi', 'sv'],
      sources: [
        { title: 'Slides', slide: 4 },
        { title: 'Site', url: 'https://y.example/' },
      ],
      verified: false,
      note: 'two\nlines',
    },
    { id: 'b', kind: 'external', name: 'B', country: 'SE', coordinates: [-0.0000001, 1e-7] },
  ],
  links: [
    {
      id: 'a-b',
      source: 'a',
      target: 'b',
      type: 'twin',
      description: 'x',
      status: 'proposed',
      since: 1991,
      sources: [],
    },
  ],
  groups: [],
  priorities: [],
  chapters: [],
};

describe('csvCell', () => {
  it('quotes a cell with a comma, a quote or a line break (RFC 4180), and nothing else', () => {
    expect(csvCell('plain text; with semicolon')).toBe('plain text; with semicolon');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
  });
});

describe('plainNumber', () => {
  it('writes numbers without an exponent, digits unchanged', () => {
    expect(plainNumber(24.9384)).toBe('24.9384');
    expect(plainNumber(-3)).toBe('-3');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.5e-9)).toBe('-0.0000000015');
    expect(plainNumber(1.25e21)).toBe('1250000000000000000000');
    expect(plainNumber(3e21)).toBe('3000000000000000000000');
  });

  it('gives back the same number for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumber(n);
        if (!/^-?\d+(\.\d+)?$/.test(text) || Number(text) !== n) throw new Error(`${n} → ${text}`);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

describe('datasetToCsv', () => {
  it('writes the documented columns in order, a language column after its plain one, CRLF records', () => {
    const { cities, links, groups } = datasetToCsv(tiny);
    const lines = cities.split('\r\n');
    expect(lines[0]).toBe(
      'id,name,name_en,name_fi,kind,country,lon,lat,population,population_year,population_source,' +
        'population_source_url,membership,local_languages,role,description,source_title,source_url,' +
        'source_slide,verified,note',
    );
    expect(cities).toBe(
      `${lines[0]}\r\n` +
        'a,,"Åbo, ""Turku""",Turku,metropolis,FI,22.25,60.45,200000,2010,Stats,https://x.example/,,fi;sv,,,' +
        'Slides | Site, | https://y.example/,4 | ,false,"two\nlines"\r\n' +
        'b,B,,,external,SE,-0.0000001,0.0000001,,,,,,,,,,,,,\r\n',
    );
    expect(links).toBe(`${CSV_COLUMNS.links.columns.join(',')}\r\na-b,a,b,twin,,x,proposed,1991,,,,,,\r\n`);
    expect(groups).toBe(`${CSV_COLUMNS.groups.columns.join(',')}\r\n`);
  });

  it('writes headers the reader knows: no unknown column, every required one', () => {
    for (const [kind, text] of Object.entries(datasetToCsv(shipped))) {
      const header = parseCsv(text).header;
      const spec = CSV_COLUMNS[kind as keyof typeof CSV_COLUMNS];
      for (const name of header)
        expect(spec.columns.includes(name) || spec.text.includes(name.split('_')[0]!), name).toBe(true);
      for (const name of spec.required) expect(header).toContain(name);
    }
  });

  it('round-trips the tiny dataset', () => {
    expect(csvView(readBack(datasetToCsv(tiny)))).toEqual(csvView(tiny));
  });

  it('round-trips the shipped dataset on every field the CSV holds', () => {
    const back = readBack(datasetToCsv(shipped));
    expect(csvView(back)).toEqual(csvView(shipped));
    // Not a vacuous view: it holds the texts in every language, the sources and the numbers.
    expect(csvView(shipped).cities.find((c) => c.id === 'helsinki')?.name).toMatchObject({ fi: 'Helsinki' });
    expect(back.links.length).toBe(shipped.links.length);
    expect(back.groups.length).toBe(shipped.groups.length);
    // The link types come back as the ids the links and groups use.
    const used = new Set([...shipped.links, ...shipped.groups].map((e) => e.type));
    expect(back.linkTypes.map((t) => t.id).sort()).toEqual([...used].sort());
  });

  it('names what the CSV of the shipped dataset leaves out', () => {
    expect(csvLeavesOut(shipped)).toEqual(['chapters', 'priorities', 'meta', 'linkTypes', 'strategies']);
    expect(csvLeavesOut(tiny)).toEqual(['meta', 'linkTypes']);
  });
});

describe('the CSV round trip on random datasets', () => {
  it('gives back every field the CSV holds', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const valid = validateDataset(dataset);
        if (!valid.ok) throw new Error(`generated an invalid dataset: ${valid.issues.map(formatIssue)}`);
        const back = readBack(datasetToCsv(valid.dataset));
        expect(csvView(back)).toEqual(csvView(valid.dataset));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
