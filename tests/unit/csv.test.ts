import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  type CsvDataset,
  datasetFromCsv,
  formatCsvIssue,
  formatCsvProblem,
  labelFromId,
  locateIssue,
  parseCsv,
} from '../../src/data/csv';
import { formatIssue, validateDataset } from '../../src/data/validate';

// biome-ignore lint/suspicious/noExplicitAny: the built dataset is inspected freely
type Json = any;

const example = (name: string) =>
  readFileSync(new URL(`../../examples/csv/${name}`, import.meta.url), 'utf8');

const CITIES = [
  'id,name,country,lon,lat',
  'helsinki,Helsinki,FI,24.9384,60.1699',
  'tallinn,Tallinn,EE,24.7535,59.437',
  'riga,Riga,LV,24.1052,56.9496',
].join('\n');

const LINKS = [
  'source,target,type,description',
  'helsinki,tallinn,twin-city-region,Euregio',
  'helsinki,riga,twin-cities,Twinning',
].join('\n');

/** The built dataset, typed loosely for inspection. */
const data = (built: CsvDataset): Json => built.dataset;

describe('parseCsv', () => {
  it('reads a header and rows with their line numbers', () => {
    expect(parseCsv('id,name\nhelsinki,Helsinki\nriga,Riga\n')).toEqual({
      header: ['id', 'name'],
      headerAsWritten: ['id', 'name'],
      rows: [
        { line: 2, cells: ['helsinki', 'Helsinki'] },
        { line: 3, cells: ['riga', 'Riga'] },
      ],
      separator: ',',
      headerLine: 1,
      problems: [],
    });
  });

  it('keeps the case of a language tag in a column name, but not of its language', () => {
    const built = datasetFromCsv({
      cities: 'id,Name_en-GB,NAME_FI,country,lon,lat\nhelsinki,Helsinki,Helsinki,FI,24.9,60.2\n',
      links: 'source,target,type,description\n',
    });
    expect(data(built).cities[0].name).toEqual({ 'en-GB': 'Helsinki', fi: 'Helsinki' });
  });

  it('trims and lower-cases header names, but keeps cells as written', () => {
    const table = parseCsv(' ID , Name_FI ,Lon\n a , b ,1\n');
    expect(table.header).toEqual(['id', 'name_fi', 'lon']);
    expect(table.headerAsWritten).toEqual(['ID', 'Name_FI', 'Lon']);
    expect(table.rows[0]!.cells).toEqual([' a ', ' b ', '1']);
  });

  it('reads quoted fields with embedded separators and doubled quotes', () => {
    const table = parseCsv('a,b,c\n"x, y","say ""hi""",""\n');
    expect(table.rows).toEqual([{ line: 2, cells: ['x, y', 'say "hi"', ''] }]);
  });

  it('keeps the starting line of a record whose quoted fields span lines', () => {
    const text = 'id,description\none,"first line\nsecond line\nthird line"\ntwo,plain\nthree,"a\r\nb"\n';
    expect(parseCsv(text).rows).toEqual([
      { line: 2, cells: ['one', 'first line\nsecond line\nthird line'] },
      { line: 5, cells: ['two', 'plain'] },
      { line: 6, cells: ['three', 'a\nb'] },
    ]);
  });

  it('strips a UTF-8 byte-order mark', () => {
    const table = parseCsv('\uFEFFid,name\nriga,Riga\n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([{ line: 2, cells: ['riga', 'Riga'] }]);
  });

  it('detects a semicolon separator (commas stay in cells)', () => {
    const table = parseCsv('id;name;lon\nhelsinki;"Helsinki; Helsingfors";24,9384\n');
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['id', 'name', 'lon']);
    expect(table.rows).toEqual([{ line: 2, cells: ['helsinki', 'Helsinki; Helsingfors', '24,9384'] }]);
  });

  it('detects a tab separator', () => {
    const table = parseCsv('id\tname\tnote\nriga\tRiga\ta, b; c\n');
    expect(table.separator).toBe('\t');
    expect(table.rows).toEqual([{ line: 2, cells: ['riga', 'Riga', 'a, b; c'] }]);
  });

  it('ignores separators inside quoted header names when detecting', () => {
    expect(parseCsv('"a;b",c,d\n1,2,3\n').separator).toBe(',');
  });

  it('reads CRLF and lone CR line ends', () => {
    const expected = [
      { line: 2, cells: ['helsinki', 'Helsinki'] },
      { line: 3, cells: ['riga', 'Riga'] },
    ];
    expect(parseCsv('id,name\r\nhelsinki,Helsinki\r\nriga,Riga\r\n').rows).toEqual(expected);
    expect(parseCsv('id,name\rhelsinki,Helsinki\rriga,Riga').rows).toEqual(expected);
  });

  it('ignores empty lines, trailing ones included, and counts them', () => {
    const table = parseCsv('\nid,name\n\nriga,Riga\n\n\n');
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([{ line: 4, cells: ['riga', 'Riga'] }]);
  });

  it('reads a last record without a final line break, and empty trailing cells', () => {
    expect(parseCsv('a,b,c\n1,,').rows).toEqual([{ line: 2, cells: ['1', '', ''] }]);
  });

  it('keeps a quote that does not open a field', () => {
    expect(parseCsv('a,b\n5" screen,x\n').rows).toEqual([{ line: 2, cells: ['5" screen', 'x'] }]);
  });

  it('reports a quoted field that is never closed, at the line where it starts', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(table.problems).toEqual([
      { line: 3, message: 'a quoted field starts on this line but is never closed (a " is missing)' },
    ]);
  });

  it('gives an empty table for empty text', () => {
    expect(parseCsv('')).toEqual({
      header: [],
      headerAsWritten: [],
      rows: [],
      separator: ',',
      headerLine: 1,
      problems: [],
    });
    expect(parseCsv('\uFEFF\r\n\r\n').header).toEqual([]);
  });
});

describe('datasetFromCsv', () => {
  it('builds a dataset that validates, with link types derived from the types used', () => {
    const built = datasetFromCsv({ cities: CITIES, links: LINKS });
    expect(built.problems).toEqual([]);
    expect(built.warnings).toEqual([]);
    expect(data(built)).toEqual({
      meta: { title: 'My archipelago' },
      linkTypes: [
        { id: 'twin-city-region', label: 'Twin city region' },
        { id: 'twin-cities', label: 'Twin cities' },
      ],
      cities: [
        {
          id: 'helsinki',
          kind: 'metropolis',
          name: 'Helsinki',
          country: 'FI',
          coordinates: [24.9384, 60.1699],
        },
        { id: 'tallinn', kind: 'metropolis', name: 'Tallinn', country: 'EE', coordinates: [24.7535, 59.437] },
        { id: 'riga', kind: 'metropolis', name: 'Riga', country: 'LV', coordinates: [24.1052, 56.9496] },
      ],
      links: [
        {
          id: 'helsinki-tallinn-1',
          source: 'helsinki',
          target: 'tallinn',
          type: 'twin-city-region',
          description: 'Euregio',
          sources: [],
        },
        {
          id: 'helsinki-riga-1',
          source: 'helsinki',
          target: 'riga',
          type: 'twin-cities',
          description: 'Twinning',
          sources: [],
        },
      ],
      groups: [],
      priorities: [],
      chapters: [],
    });
    expect(built.lines).toEqual({
      cities: [2, 3, 4],
      links: [2, 3],
      groups: [],
      linkTypes: [
        { file: 'links.csv', line: 2 },
        { file: 'links.csv', line: 3 },
      ],
    });
    expect(validateDataset(built.dataset).ok).toBe(true);
  });

  it('takes the title from the options', () => {
    const built = datasetFromCsv({ cities: CITIES, links: LINKS }, { title: 'Gulf of Finland' });
    expect(data(built).meta).toEqual({ title: 'Gulf of Finland' });
  });

  it('maps every documented city column', () => {
    const cities = [
      'id,name,name_fi,name_sv,kind,country,lon,lat,population,population_year,population_source,population_source_url,membership,local_languages,role,description,source_title,source_url,verified,note',
      'helsinki,Helsinki,Helsinki,Helsingfors,Metropolis,fi,24.9384,60.1699,1 115 000,2010,Natural Earth,https://www.naturalearthdata.com,Lead-Partner,fi; sv,Lead partner,Capital of Finland,BaltMet Inno | hel.fi,http://inno.baltmet.org | https://www.hel.fi,no,Population rounded',
      'china,China,Kiina,,external,CN,116.39,39.93,,,,,,,,,,,yes,',
    ].join('\n');
    const built = datasetFromCsv({ cities, links: '' });
    expect(built.problems).toEqual([]);
    expect(data(built).cities).toEqual([
      {
        id: 'helsinki',
        kind: 'metropolis',
        name: { en: 'Helsinki', fi: 'Helsinki', sv: 'Helsingfors' },
        localLanguages: ['fi', 'sv'],
        country: 'FI',
        coordinates: [24.9384, 60.1699],
        population: {
          value: 1115000,
          year: 2010,
          source: { title: 'Natural Earth', url: 'https://www.naturalearthdata.com' },
        },
        membership: 'lead-partner',
        role: 'Lead partner',
        description: 'Capital of Finland',
        sources: [
          { title: 'BaltMet Inno', url: 'http://inno.baltmet.org' },
          { title: 'hel.fi', url: 'https://www.hel.fi' },
        ],
        verified: false,
        note: 'Population rounded',
      },
      {
        id: 'china',
        kind: 'external',
        name: { en: 'China', fi: 'Kiina' },
        country: 'CN',
        coordinates: [116.39, 39.93],
      },
    ]);
    expect(validateDataset(built.dataset).ok).toBe(true);
  });

  it('uses name_en over name, and language columns alone', () => {
    const cities = ['id,name,name_en,name_fi,country,lon,lat', 'a,A,Alpha,,FI,1,2', 'b,,,Bee,FI,1,2'].join(
      '\n',
    );
    expect(data(datasetFromCsv({ cities, links: '' })).cities.map((c: Json) => c.name)).toEqual([
      { en: 'Alpha' },
      { fi: 'Bee' },
    ]);
    const byLanguage = ['id,name_en,name_fi,country,lon,lat', 'a,Alpha,Alfa,FI,1,2'].join('\n');
    const built = datasetFromCsv({ cities: byLanguage, links: '' });
    expect(built.problems).toEqual([]);
    expect(data(built).cities[0].name).toEqual({ en: 'Alpha', fi: 'Alfa' });
  });

  it('maps every documented link column and keeps given ids', () => {
    const links = [
      'id,source,target,type,title,title_fi,description,since,until,source_title,source_url,verified,note',
      'euregio,helsinki,tallinn,twin-city-region,Euregio,Euregio FI,Twin-city region,1999,2010,UBC | Slides, | ,true,',
      ',helsinki,tallinn,twin-city-region,,,Another,,,,,0,Unconfirmed',
      ',helsinki,tallinn,twin-city-region,,,Third,,,,,,',
    ].join('\n');
    const built = datasetFromCsv({ cities: CITIES, links });
    expect(built.problems).toEqual([]);
    expect(data(built).links).toEqual([
      {
        id: 'euregio',
        source: 'helsinki',
        target: 'tallinn',
        type: 'twin-city-region',
        title: { en: 'Euregio', fi: 'Euregio FI' },
        description: 'Twin-city region',
        since: 1999,
        until: 2010,
        sources: [{ title: 'UBC' }, { title: 'Slides' }],
      },
      {
        id: 'helsinki-tallinn-1',
        source: 'helsinki',
        target: 'tallinn',
        type: 'twin-city-region',
        description: 'Another',
        sources: [],
        verified: false,
        note: 'Unconfirmed',
      },
      {
        id: 'helsinki-tallinn-2',
        source: 'helsinki',
        target: 'tallinn',
        type: 'twin-city-region',
        description: 'Third',
        sources: [],
      },
    ]);
    expect(validateDataset(built.dataset).ok).toBe(true);
  });

  it('does not generate an id that a row already uses', () => {
    const links = [
      'id,source,target,type,description',
      ',helsinki,tallinn,t,One',
      'helsinki-tallinn-1,helsinki,riga,t,Two',
    ].join('\n');
    expect(data(datasetFromCsv({ cities: CITIES, links })).links.map((l: Json) => l.id)).toEqual([
      'helsinki-tallinn-2',
      'helsinki-tallinn-1',
    ]);
  });

  it('maps groups, with members separated by ";", "|" or ","', () => {
    const groups = [
      'id,name,members,type,description,since,until,source_title,source_url,verified,note',
      'triangle,Triangle,helsinki; tallinn; riga,growth-triangle,Three cities,1999,,Slides,,,',
      'pipes,Pipes,helsinki|tallinn|riga,project-network,Same,,,,,false,Guess',
      'commas,Commas,"helsinki, tallinn, riga",project-network,Same,,,,,,',
    ].join('\n');
    const built = datasetFromCsv({ cities: CITIES, links: LINKS, groups });
    expect(built.problems).toEqual([]);
    const members = ['helsinki', 'tallinn', 'riga'];
    expect(data(built).groups).toEqual([
      {
        id: 'triangle',
        name: 'Triangle',
        members,
        type: 'growth-triangle',
        description: 'Three cities',
        since: 1999,
        sources: [{ title: 'Slides' }],
      },
      {
        id: 'pipes',
        name: 'Pipes',
        members,
        type: 'project-network',
        description: 'Same',
        sources: [],
        verified: false,
        note: 'Guess',
      },
      { id: 'commas', name: 'Commas', members, type: 'project-network', description: 'Same', sources: [] },
    ]);
    expect(data(built).linkTypes.map((t: Json) => t.id)).toEqual([
      'twin-city-region',
      'twin-cities',
      'growth-triangle',
      'project-network',
    ]);
    expect(built.lines.groups).toEqual([2, 3, 4]);
    expect(built.lines.linkTypes[2]).toEqual({ file: 'groups.csv', line: 2 });
    expect(validateDataset(built.dataset).ok).toBe(true);
  });

  it('reads semicolon files with decimal commas, and tab files', () => {
    const semicolon = '\uFEFFid;name;country;lon;lat\r\nhelsinki;Helsinki;FI;24,9384;60,1699\r\n';
    expect(data(datasetFromCsv({ cities: semicolon, links: '' })).cities[0].coordinates).toEqual([
      24.9384, 60.1699,
    ]);
    const tab = 'id\tname\tcountry\tlon\tlat\nriga\tRiga\tLV\t24.1052\t56.9496\n';
    expect(data(datasetFromCsv({ cities: tab, links: '' })).cities[0].coordinates).toEqual([
      24.1052, 56.9496,
    ]);
  });

  it('reports bad rows with file and line, and skips them', () => {
    const cities = [
      'id,name,country,lon,lat,population,population_year,population_source,verified',
      'helsinki,Helsinki,FI,24.9384,60.1699,,,,',
      'tallinn,Tallinn,EE,"12,5,3",59.437,,,,',
      'riga,Riga,LV,24.1052,56.9496,,,,maybe',
      'vilnius,"Vilnius",LT,25.2798,54.6892,,,,,extra',
      '',
      'oslo,,NO,10.7522,59.9139,,,,',
      'warsaw,Warsaw,PL,21.0118,52.2298,1707000,,,',
      'berlin,Berlin,DE,13.405,52.52,,2010,,',
      'stockholm,Stockholm,SE,18.0686,59.3293,,,,,,',
    ].join('\n');
    const links = [
      'id,source,target,type,description,since',
      'a,helsinki,,twin-cities,Twinning,',
      'b,helsinki,stockholm,twin-cities,Twinning,',
      'c,helsinki,stockholm,,"Multi',
      'line",19x9',
    ].join('\r\n');
    const built = datasetFromCsv({ cities, links }, { names: { cities: 'my/cities.csv' } });
    expect(built.problems.map(formatCsvProblem)).toEqual([
      'my/cities.csv line 3: column "lon": "12,5,3" is not a number',
      'my/cities.csv line 4: column "verified": "maybe" is not a yes/no value (use true, false, yes, no, 1 or 0)',
      'my/cities.csv line 5: the row has 10 cells but the header has 9 columns (quote cells that contain the separator)',
      'my/cities.csv line 7: column "name" is empty',
      'my/cities.csv line 8: column "population_year" is empty (needed with "population")',
      'my/cities.csv line 8: column "population_source" is empty (needed with "population")',
      'my/cities.csv line 9: column "population" is empty but its year or source is filled',
      'links.csv line 2: column "target" is empty',
      'links.csv line 4: column "type" is empty',
      'links.csv line 4: column "since": "19x9" is not a number',
    ]);
    expect(data(built).cities.map((c: Json) => c.id)).toEqual(['helsinki', 'stockholm']);
    expect(built.lines.cities).toEqual([2, 10]);
    expect(data(built).links.map((l: Json) => l.id)).toEqual(['b']);
    expect(built.lines.links).toEqual([3]);
  });

  it('reports missing required columns and duplicate columns once, at the header, and reads no rows', () => {
    const built = datasetFromCsv({
      cities: 'id,name,country,lon\nhelsinki,Helsinki,FI,24.9',
      links: 'source,target,type,description,type\na,b,c,d,e',
    });
    expect(built.problems.map(formatCsvProblem)).toEqual([
      'cities.csv line 1: the required column "lat" is missing',
      'links.csv line 1: column "type" appears twice (columns 3 and 5)',
    ]);
    expect(data(built).cities).toEqual([]);
    expect(data(built).links).toEqual([]);
  });

  it('warns about unknown columns and ignores them', () => {
    const built = datasetFromCsv({
      cities: 'id,name,country,lon,lat,descripton,comments\nriga,Riga,LV,24.1,56.9,x,y',
      links: '',
    });
    expect(built.problems).toEqual([]);
    expect(built.warnings.map(formatCsvProblem)).toEqual([
      'cities.csv line 1: unknown column "descripton" is ignored (did you mean "description"?)',
      'cities.csv line 1: unknown column "comments" is ignored',
    ]);
    expect(data(built).cities[0]).not.toHaveProperty('description');
  });

  it('reports sources whose URLs have no titles', () => {
    const links = [
      'source,target,type,description,source_title,source_url',
      'helsinki,tallinn,t,d,One,https://a.example | https://b.example',
      'helsinki,tallinn,t,d, | Two,https://a.example | https://b.example',
    ].join('\n');
    expect(datasetFromCsv({ cities: CITIES, links }).problems.map(formatCsvProblem)).toEqual([
      'links.csv line 2: column "source_url" has 2 entries but "source_title" has 1: give every URL a title (separate several sources with " | ")',
      'links.csv line 3: column "source_title": source 1 has a URL but no title',
    ]);
  });

  it('reports an unclosed quote as a problem', () => {
    const built = datasetFromCsv({ cities: CITIES, links: 'source,target,type,description\na,b,c,"open\n' });
    expect(built.problems.map(formatCsvProblem)).toEqual([
      'links.csv line 2: a quoted field starts on this line but is never closed (a " is missing)',
    ]);
  });

  it('documents a required column as a known one', () => {
    for (const spec of Object.values(CSV_COLUMNS)) {
      for (const name of spec.required) expect(spec.columns).toContain(name);
      for (const name of spec.text) expect(spec.columns).toContain(name);
    }
  });

  it('labels link types from their ids', () => {
    expect(labelFromId('strategic-partnership')).toBe('Strategic partnership');
    expect(labelFromId('markets')).toBe('Markets');
  });
});

describe('validation issues by file, line and column', () => {
  it('maps issue paths to rows and columns', () => {
    const cities = [
      'id,name,name_fi,country,lon,lat,population,population_year,population_source,source_title,source_url',
      'helsinki,Helsinki,,FI,24.9,60.2,,,,,',
      'riga,Riga,,LV,200,56.9,12.5,2010,Census,,',
      'riga,Riga,,lat,24.1,56.9,,,,Site,javascript:alert(1)',
    ].join('\n');
    const links = [
      'id,source,target,type,description,since,until',
      'x,helsinki,helsinkii,twin-cities,d,,',
      'y,helsinki,riga,Twin cities,d,2000,1999',
    ].join('\n');
    const groups = 'id,name,members,type,description\ng,G,helsinki;riga,twin-cities,d\n';
    const built = datasetFromCsv({ cities, links, groups });
    expect(built.problems).toEqual([]);
    const result = validateDataset(built.dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => formatCsvIssue(issue, built))).toEqual([
      'links.csv line 3, column "type": an id must be lower-case letters a-z, digits and hyphens, not starting with a hyphen; got "Twin cities"',
      'cities.csv line 3, column "population": a population must be a whole number; got 12.5',
      'cities.csv line 4, column "country": country must be an ISO 3166-1 alpha-2 code such as "FI"; got "LAT"',
      'links.csv line 3, column "type": a link type id must match ^[a-z0-9][a-z0-9-]*$; got "Twin cities"',
      'cities.csv line 4, column "id": duplicate id "riga" (first on line 3)',
      'cities.csv line 3, column "lon": longitude must be between -180 and 180 (got 200)',
      'cities.csv line 4, column "source_url": URL scheme "javascript" is not allowed, only http, https and mailto: "javascript:alert(1)"',
      'links.csv line 2, column "target": unknown city "helsinkii"',
      'links.csv line 3, column "until": until (1999) is before since (2000)',
      'groups.csv line 2, column "members": a group needs at least 3 distinct members, found 2 ("helsinki", "riga")',
    ]);
  });

  it('says when an unknown city is one whose row was skipped', () => {
    const cities = CITIES.replace('24.7535', '"24,75,35"').replace('24.1052', '24,1052');
    const built = datasetFromCsv({ cities, links: LINKS });
    expect(built.problems.map(formatCsvProblem)).toEqual([
      'cities.csv line 3: column "lon": "24,75,35" is not a number',
      'cities.csv line 4: the row has 6 cells but the header has 5 columns (quote cells that contain the separator)',
    ]);
    expect(built.skipped).toEqual({
      cities: [
        { id: 'tallinn', line: 3 },
        { id: 'riga', line: 4 },
      ],
    });
    const result = validateDataset(built.dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => formatCsvIssue(issue, built))).toEqual([
      'links.csv line 2, column "target": unknown city "tallinn" (its row, cities.csv line 3, was skipped)',
      'links.csv line 3, column "target": unknown city "riga" (its row, cities.csv line 4, was skipped)',
    ]);
  });

  it('locates whole-file issues by file, and leaves others alone', () => {
    const built = datasetFromCsv({ cities: 'id,name,country,lon,lat\n', links: '' });
    const result = validateDataset(built.dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => formatCsvIssue(issue, built))).toEqual([
      'cities.csv: the dataset has no cities',
    ]);
    expect(locateIssue({ path: 'meta.title', message: 'x' }, built)).toBeUndefined();
    expect(formatCsvIssue({ code: 'schema', path: 'meta.title', message: 'x' }, built)).toBe('meta.title: x');
    expect(locateIssue({ path: 'cities[7].id', message: 'x' }, built)).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws, whatever the files contain', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        'helsinki',
        'x',
        '"',
        '""',
        '1,5',
        'yes',
        '|',
        ';',
        '\n',
        '\r\n',
        ' ',
        'id',
        'name_fi',
      ),
      fc.string({ maxLength: 6 }),
    );
    const csv = fc
      .array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 })
      .chain((rows) =>
        fc.constantFrom(',', ';', '\t').map((sep) => rows.map((row) => row.join(sep)).join('\n')),
      );
    const header = fc.constantFrom(
      'id,name,country,lon,lat\n',
      'source,target,type,description,id\n',
      'id,name,members,type,description\n',
      '',
    );
    const file = fc.tuple(header, csv).map(([h, body]) => h + body);
    fc.assert(
      fc.property(file, file, fc.option(file, { nil: undefined }), (cities, links, groups) => {
        const built = datasetFromCsv({ cities, links, ...(groups === undefined ? {} : { groups }) });
        const result = validateDataset(built.dataset);
        if (!result.ok) for (const issue of result.issues) formatCsvIssue(issue, built);
        for (const problem of built.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the example files (examples/csv)', () => {
  it('convert to a dataset that validateDataset accepts', () => {
    const built = datasetFromCsv({
      cities: example('cities.csv'),
      links: example('links.csv'),
      groups: example('groups.csv'),
    });
    expect(built.problems).toEqual([]);
    expect(built.warnings).toEqual([]);
    const result = validateDataset(built.dataset);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.dataset.cities).toHaveLength(5);
    expect(result.dataset.links).toHaveLength(4);
    expect(result.dataset.groups).toHaveLength(1);
    expect(result.dataset.links.map((l) => l.id)).toContain('helsinki-stockholm-1');
  });
});

describe('status and slides', () => {
  it('maps a status column on links and groups: proposed is written, established and empty are the default', () => {
    const links = [
      'id,source,target,type,status,description,source_title,source_slide',
      'a,helsinki,tallinn,branding,proposed,Recommended,"Slides, Berlin 13 Nov 2007",8',
      'b,helsinki,riga,twin,Established,Twinned,Slides,',
      'c,tallinn,riga,twin,,Twinned,,',
      'd,riga,helsinki,twin,PROPOSED,Planned,,',
    ].join('\n');
    const groups = [
      'id,name,members,type,status,description',
      'g,G,helsinki; tallinn; riga,branding,proposed,Planned together',
      'h,H,helsinki; tallinn; riga,twin,established,Together',
    ].join('\n');
    const built = datasetFromCsv({ cities: CITIES, links, groups });
    expect(built.problems).toEqual([]);
    const d = data(built);
    expect(d.links.map((l: Json) => [l.id, l.status])).toEqual([
      ['a', 'proposed'],
      ['b', undefined],
      ['c', undefined],
      ['d', 'proposed'],
    ]);
    expect(d.links[0].sources).toEqual([{ title: 'Slides, Berlin 13 Nov 2007', slide: 8 }]);
    expect(d.links[1].sources).toEqual([{ title: 'Slides' }]);
    expect(d.groups.map((g: Json) => [g.id, g.status])).toEqual([
      ['g', 'proposed'],
      ['h', undefined],
    ]);
    const result = validateDataset(built.dataset);
    expect(result.ok).toBe(true);
    // c, d, g and h cite no source: warnings, located at their rows by formatCsvIssue.
    if (result.ok) {
      expect(result.warnings.map((w) => formatCsvIssue(w, built))).toEqual([
        'links.csv line 4, column "source_title": link "c" shows facts (description) but cites no source: it is shown as unverified',
        'links.csv line 5, column "source_title": link "d" shows facts (description) but cites no source: it is shown as unverified',
        'groups.csv line 2, column "source_title": group "g" shows facts (description) but cites no source: it is shown as unverified',
        'groups.csv line 3, column "source_title": group "h" shows facts (description) but cites no source: it is shown as unverified',
      ]);
    }
  });

  it('reports a status that is neither, and slide cells that are not numbers or lack a title', () => {
    const links = [
      'id,source,target,type,status,description,source_title,source_url,source_slide',
      'a,helsinki,tallinn,t,planned,X,S,,',
      'b,helsinki,tallinn,t,,X,S | T, | ,six |',
      'c,helsinki,tallinn,t,,X,S, ,6 | 7',
    ].join('\n');
    const built = datasetFromCsv({ cities: CITIES, links });
    expect(built.problems.map(formatCsvProblem)).toEqual([
      'links.csv line 2: column "status": "planned" is not a status (use established or proposed)',
      'links.csv line 3: column "source_slide": "six" is not a slide number',
      'links.csv line 4: column "source_slide" has 2 entries but "source_title" has 1: give every slide a title (separate several sources with " | ")',
    ]);
  });

  it('locates a slide out of range at the source_slide column', () => {
    const links = [
      'source,target,type,description,source_title,source_slide',
      'helsinki,tallinn,t,X,Slides,12',
    ].join('\n');
    const built = datasetFromCsv({ cities: CITIES, links });
    expect(built.problems).toEqual([]);
    const result = validateDataset(built.dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => formatCsvIssue(i, built))).toEqual([
        'links.csv line 2, column "source_slide": the slides are numbered 1 to 10; got 12',
      ]);
    }
  });
});
