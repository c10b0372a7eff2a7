import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main as fromCsv, parseArgs } from '../../scripts/data-from-csv';
import { type CliIo, decodeText, main as validate } from '../../scripts/data-validate';
import { validateDataset } from '../../src/data/validate';
import { shippedText } from './shipped';

const example = (name: string) =>
  readFileSync(new URL(`../../examples/csv/${name}`, import.meta.url), 'utf8');

/** An in-memory file system and the text written to stdout and stderr. */
function memoryIo(files: Record<string, string>) {
  const written: Record<string, string> = {};
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/read-only/')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      written[path] = text;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return {
    io,
    written,
    get stdout() {
      return lines(stdout);
    },
    get stderr() {
      return lines(stderr);
    },
    get stdoutText() {
      return stdout;
    },
  };
}

/** The shipped dataset with `links[4].target` misspelled. */
function misspelled(): string {
  const data = JSON.parse(shippedText);
  data.links[4].target = 'helsinkii';
  return JSON.stringify(data, null, 2);
}

const VALIDATE_USAGE = 'usage: npm run data:validate [--strict] <file.json>';
const CSV_USAGE =
  'usage: npm run data:from-csv -- <cities.csv> <links.csv> [groups.csv] [--out file.json] [--title "Title"]';

describe('data:validate', () => {
  it('prints a one-line summary and exits 0 for a valid file', async () => {
    const run = memoryIo({ 'data/archipelago.json': shippedText });
    expect(await validate(['data/archipelago.json'], run.io)).toBe(0);
    expect(run.stdout).toEqual(['data/archipelago.json: valid — 13 cities, 30 links, 3 groups, 10 chapters']);
    expect(run.stderr).toEqual([]);
  });

  it('prints every issue on stderr as the element shows it and exits 1 for an invalid file', async () => {
    const run = memoryIo({ 'bad.json': misspelled() });
    expect(await validate(['bad.json'], run.io)).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toEqual(['links[4].target: unknown city "helsinkii"', 'bad.json: invalid — 1 issue']);
  });

  it('reports several issues, one per line', async () => {
    const data = JSON.parse(shippedText);
    data.links[4].target = 'helsinkii';
    data.cities[3].coordinates = [200, 55.6];
    data.groups[0].members = ['helsinki', 'tallinn'];
    const run = memoryIo({ 'bad.json': JSON.stringify(data) });
    expect(await validate(['bad.json'], run.io)).toBe(1);
    expect(run.stderr).toEqual([
      'cities[3].coordinates: longitude must be between -180 and 180 (got 200)',
      'links[4].target: unknown city "helsinkii"',
      'groups[0].members: a group needs at least 3 distinct members, found 2 ("helsinki", "tallinn")',
      'bad.json: invalid — 3 issues',
    ]);
  });

  it('exits 1 with the parser message for a file that is not JSON', async () => {
    const run = memoryIo({ 'notes.txt': 'cities: helsinki, tallinn\n' });
    expect(await validate(['notes.txt'], run.io)).toBe(1);
    expect(run.stderr).toHaveLength(2);
    expect(run.stderr[0]).toMatch(/^the file is not valid JSON: .+/);
    expect(run.stderr[1]).toBe('notes.txt: invalid — 1 issue');
  });

  it('exits 1 for an empty file', async () => {
    const run = memoryIo({ 'empty.json': '' });
    expect(await validate(['empty.json'], run.io)).toBe(1);
    expect(run.stderr[0]).toBe('the file is empty; expected a JSON object');
  });

  it('exits 2 with one usage line when the file is missing or unreadable', async () => {
    let run = memoryIo({});
    expect(await validate([], run.io)).toBe(2);
    expect(run.stderr).toEqual([`data:validate: no file given; ${VALIDATE_USAGE}`]);
    expect(run.stdout).toEqual([]);

    run = memoryIo({});
    expect(await validate(['nope.json'], run.io)).toBe(2);
    expect(run.stderr).toEqual([`data:validate: cannot read nope.json: no such file; ${VALIDATE_USAGE}`]);

    run = memoryIo({ 'a.json': '{}', 'b.json': '{}' });
    expect(await validate(['a.json', 'b.json'], run.io)).toBe(2);
    expect(run.stderr).toEqual([`data:validate: give one file; ${VALIDATE_USAGE}`]);

    run = memoryIo({});
    expect(await validate(['--pretty', 'a.json'], run.io)).toBe(2);
    expect(run.stderr).toEqual([`data:validate: unknown option --pretty; ${VALIDATE_USAGE}`]);

    run = memoryIo({});
    expect(await validate(['--strict'], run.io)).toBe(2);
    expect(run.stderr).toEqual([`data:validate: no file given; ${VALIDATE_USAGE}`]);
  });

  it('prints its usage for --help and exits 0', async () => {
    const run = memoryIo({});
    expect(await validate(['--help'], run.io)).toBe(0);
    expect(run.stdout).toEqual([
      `${VALIDATE_USAGE}  (checks a dataset; exit 0 valid, 1 invalid or, with --strict, warnings, 2 usage error)`,
    ]);
  });

  it('prints warnings on stderr and still exits 0; --strict exits 1 for them', async () => {
    const data = JSON.parse(shippedText);
    data.links[0].sources = [];
    data.cities[0].sources = [];
    const text = JSON.stringify(data);
    const run = memoryIo({ 'w.json': text });
    expect(await validate(['w.json'], run.io)).toBe(0);
    expect(run.stderr).toEqual([
      'warning: cities[0]: city "berlin" shows facts (description, role, strategies, membership) but cites no source: it is shown as unverified',
      'warning: links[0]: link "helsinki-berlin-strategic" shows facts (description) but cites no source: it is shown as unverified',
    ]);
    expect(run.stdout).toEqual(['w.json: valid — 13 cities, 30 links, 3 groups, 10 chapters (2 warnings)']);

    const strict = memoryIo({ 'w.json': text });
    expect(await validate(['--strict', 'w.json'], strict.io)).toBe(1);
    expect(strict.stderr).toHaveLength(2);

    const clean = memoryIo({ 'data/archipelago.json': shippedText });
    expect(await validate(['data/archipelago.json', '--strict'], clean.io)).toBe(0);
    expect(clean.stderr).toEqual([]);
  });
});

describe('data:from-csv', () => {
  const examples = {
    'cities.csv': example('cities.csv'),
    'links.csv': example('links.csv'),
    'groups.csv': example('groups.csv'),
  };

  it('writes the dataset to --out and prints a summary', async () => {
    const run = memoryIo(examples);
    const code = await fromCsv(['cities.csv', 'links.csv', 'groups.csv', '--out', 'out.json'], run.io);
    expect(run.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(run.stdout).toEqual(['out.json: valid — 5 cities, 4 links, 1 group, 0 chapters, 5 link types']);
    const written = run.written['out.json']!;
    expect(written.endsWith('}\n')).toBe(true);
    const result = validateDataset(JSON.parse(written));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.meta.title).toBe('My archipelago');

    // The written file passes data:validate too.
    const check = memoryIo({ 'out.json': written });
    expect(await validate(['out.json'], check.io)).toBe(0);
    expect(check.stdout).toEqual(['out.json: valid — 5 cities, 4 links, 1 group, 0 chapters']);
  });

  it('writes the JSON to stdout without --out (the summary goes to stderr)', async () => {
    const run = memoryIo(examples);
    expect(await fromCsv(['cities.csv', 'links.csv', '--title=Gulf of Finland'], run.io)).toBe(0);
    const data = JSON.parse(run.stdoutText);
    expect(data.meta).toEqual({ title: 'Gulf of Finland' });
    expect(data.groups).toEqual([]);
    expect(run.stderr).toEqual(['valid — 5 cities, 4 links, 0 groups, 0 chapters, 4 link types']);
  });

  it('reports row problems and validation issues with file and line, writes nothing and exits 1', async () => {
    const links = example('links.csv').split('\n');
    links[2] = links[2]!.replace(',helsinki,st-petersburg,', ',helsinki,,'); // line 3: empty target
    links[1] = links[1]!.replace(',helsinki,tallinn,', ',helsinki,helsinkii,'); // line 2: unknown city
    const run = memoryIo({ ...examples, 'links.csv': links.join('\n') });
    const code = await fromCsv(['cities.csv', 'links.csv', 'groups.csv', '-o', 'out.json'], run.io);
    expect(code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.written).toEqual({});
    expect(run.stderr).toEqual([
      'links.csv line 3: column "target" is empty',
      'links.csv line 2, column "target": unknown city "helsinkii"',
      'invalid — 2 problems (rows with problems are skipped); nothing written',
    ]);
  });

  it('prints warnings for unknown columns without failing', async () => {
    const cities = example('cities.csv').replace('\n', ',remarks\n');
    const run = memoryIo({ ...examples, 'cities.csv': cities });
    expect(await fromCsv(['cities.csv', 'links.csv', 'groups.csv', '--out', 'x.json'], run.io)).toBe(0);
    expect(run.stderr).toEqual(['warning: cities.csv line 1: unknown column "remarks" is ignored']);
  });

  it('prints unsourced entries as warnings at their row and still writes the dataset', async () => {
    const links = example('links.csv').split('\n');
    // Line 3 (helsinki-st-petersburg-agreement): drop its source title and URL.
    links[2] = links[2]!.replace('"City of Helsinki (hel.fi, home page)",https://www.hel.fi', ',');
    const run = memoryIo({ ...examples, 'links.csv': links.join('\n') });
    expect(await fromCsv(['cities.csv', 'links.csv', 'groups.csv', '--out', 'x.json'], run.io)).toBe(0);
    expect(run.stderr).toEqual([
      'warning: links.csv line 3, column "source_title": link "helsinki-st-petersburg-agreement" shows facts (description, since) but cites no source: it is shown as unverified',
    ]);
    expect(run.written['x.json']).toBeDefined();
  });

  it('exits 2 with one usage line for wrong arguments and unreadable files', async () => {
    const cases: [string[], string][] = [
      [[], 'no files given'],
      [['cities.csv'], 'links.csv is missing'],
      [['a', 'b', 'c', 'd'], 'too many files (4)'],
      [['cities.csv', 'links.csv', '--out'], '--out needs a value'],
      [['cities.csv', 'links.csv', '--pretty'], 'unknown option --pretty'],
      [['cities.csv', 'nope.csv'], 'cannot read nope.csv: no such file'],
    ];
    for (const [argv, message] of cases) {
      const run = memoryIo(examples);
      expect(await fromCsv(argv, run.io)).toBe(2);
      expect(run.stderr).toEqual([`data:from-csv: ${message}; ${CSV_USAGE}`]);
      expect(run.stdout).toEqual([]);
    }
  });

  it('exits 2 when the output cannot be written', async () => {
    const run = memoryIo(examples);
    expect(await fromCsv(['cities.csv', 'links.csv', '--out', '/read-only/x.json'], run.io)).toBe(2);
    expect(run.stderr).toEqual(['data:from-csv: cannot write /read-only/x.json: permission denied']);
  });

  it('parses its arguments', () => {
    expect(parseArgs(['a.csv', '--out=x.json', 'b.csv', '--title', 'T'])).toEqual({
      files: ['a.csv', 'b.csv'],
      out: 'x.json',
      title: 'T',
    });
    expect(parseArgs(['--help'])).toEqual({ files: [], help: true });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and UTF-16 with a byte-order mark, and drops the mark', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFMalmö'))).toBe('Malmö');
    expect(decodeText(new TextEncoder().encode('Malmö'))).toBe('Malmö');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0xf6, 0x00]);
    expect(decodeText(utf16)).toBe('Mö');
  });

  it('refuses text in another encoding', () => {
    const latin1 = new Uint8Array([0x4d, 0x61, 0x6c, 0x6d, 0xf6]);
    expect(() => decodeText(latin1)).toThrow('the file is not UTF-8 text');
  });
});
