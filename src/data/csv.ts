/**
 * Spreadsheets → dataset: `parseCsv` reads CSV as spreadsheets really export it, `datasetFromCsv`
 * maps the documented columns of `cities.csv`, `links.csv` and (optionally) `groups.csv` to a dataset
 * object that the caller then checks with `validateDataset`. `locateIssue`/`formatCsvIssue` turn the
 * validator's dataset paths (`links[4].target`) back into file, line and column.
 *
 * Pure: no DOM, no file system. The columns are documented in docs/data-format.md ("Building a
 * dataset from spreadsheets"); `scripts/data-from-csv.ts` is the command line around this module.
 *
 * Why its own tokenizer and not `d3-dsv` (the D3 family's CSV/TSV parser; 3.0.2 tried on 2026-12-04
 * with the cases of tests/unit/csv.test.ts): `dsvFormat(sep).parseRows` returns cells only, which
 * cannot keep that test's contract.
 * - No line numbers: every problem here is reported by file and line, and a quoted field may span lines.
 * - A quoted field that is never closed is not reported: it silently reads to the end of the file and
 *   swallows every later record into that one cell (`3,"open\n4,5\n` gives the cell `open\n4,5\n`).
 * - After a closing quote it takes the next character for a separator: `"x"y,z` gives the cells x, an
 *   empty one and z (the y is lost). Line breaks inside quoted cells stay `\r\n` instead of `\n`.
 * - No separator detection (`;` from spreadsheets set to decimal commas, tabs).
 * Line numbers and the unclosed-quote report would need a second quote-aware scan of the text, which is
 * this tokenizer again.
 */
import type { LocalizedText } from './schema';
import { type DataIssue, type DataWarning, formatIssue } from './validate';

// ---------------------------------------------------------------------------------------------------
// CSV

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvRow {
  /** The (1-based) line where the record starts; a quoted field with newlines spans several lines. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Column names, trimmed and lower-cased. `[]` for an empty text. */
  header: string[];
  /** Column names trimmed, in their case as written (the language tag of `name_en-GB` keeps its case). */
  headerAsWritten: string[];
  /** The records after the header, without empty lines. Cells are as written (not trimmed). */
  rows: CsvRow[];
  /** The separator detected from the header line (`,` when the header has a single column). */
  separator: CsvSeparator;
  /** The line of the header (1 unless the text starts with empty lines). */
  headerLine: number;
  /** Syntax problems (a quoted field that is never closed); the broken record is left out. */
  problems: { line: number; message: string }[];
}

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/** Counts the candidate separators outside quotes in the first non-empty record; the most frequent wins. */
function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (started) break;
      continue;
    }
    started = true;
    if (c === '"') inQuotes = true;
    else if (counts.has(c as CsvSeparator)) counts.set(c as CsvSeparator, counts.get(c as CsvSeparator)! + 1);
  }
  let best: CsvSeparator = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/**
 * Parses CSV text: RFC 4180 plus what spreadsheets export. A UTF-8 byte-order mark is ignored; the
 * separator (`,` `;` or tab) is detected from the header line; fields may be quoted (`"a, b"`), with
 * doubled quotes (`"say ""hi"""`) and line breaks inside; lines end with CRLF, LF or CR. Empty lines
 * (anywhere, including trailing ones) are ignored. A record spanning several lines keeps the line where
 * it starts. Line breaks inside quoted fields become `\n`. A quote that does not open a field is kept
 * as a character (`5" screen`).
 */
export function parseCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = detectSeparator(body);
  const records: CsvRow[] = [];
  const problems: CsvTable['problems'] = [];

  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let field = '';
  let fieldStart = true;
  let inQuotes = false;
  let quoteLine = 1;

  const endRecord = () => {
    cells.push(field);
    const empty = cells.length === 1 && cells[0] === '';
    if (!empty) records.push({ line: recordLine, cells });
    cells = [];
    field = '';
    fieldStart = true;
  };

  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else if (c === '\r' || c === '\n') {
        if (c === '\r' && body[i + 1] === '\n') i++;
        field += '\n';
        line++;
      } else field += c;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      quoteLine = line;
      fieldStart = false;
    } else if (c === separator) {
      cells.push(field);
      field = '';
      fieldStart = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (inQuotes) {
    problems.push({
      line: quoteLine,
      message: 'a quoted field starts on this line but is never closed (a " is missing)',
    });
  } else if (cells.length > 0 || field !== '' || !fieldStart) {
    endRecord();
  }

  const [first, ...rows] = records;
  return {
    header: first ? first.cells.map((name) => name.trim().toLowerCase()) : [],
    headerAsWritten: first ? first.cells.map((name) => name.trim()) : [],
    rows,
    separator,
    headerLine: first?.line ?? 1,
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------
// Columns

export type CsvFileKind = 'cities' | 'links' | 'groups';

interface FileSpec {
  /** Every known column. */
  columns: readonly string[];
  /** Columns that may also be written per language: `name_fi`, `description_sv`, … */
  text: readonly string[];
  /** Columns a row must fill (a text column is filled when it or one of its language columns is). */
  required: readonly string[];
}

/** The documented columns of each file (docs/data-format.md, "Building a dataset from spreadsheets"). */
export const CSV_COLUMNS: Readonly<Record<CsvFileKind, FileSpec>> = {
  cities: {
    columns: [
      'id',
      'name',
      'kind',
      'country',
      'lon',
      'lat',
      'population',
      'population_year',
      'population_source',
      'population_source_url',
      'membership',
      'local_languages',
      'role',
      'description',
      'source_title',
      'source_url',
      'source_slide',
      'verified',
      'note',
    ],
    text: ['name', 'role', 'description', 'note'],
    required: ['id', 'name', 'country', 'lon', 'lat'],
  },
  links: {
    columns: [
      'id',
      'source',
      'target',
      'type',
      'title',
      'description',
      'status',
      'since',
      'until',
      'source_title',
      'source_url',
      'source_slide',
      'verified',
      'note',
    ],
    text: ['title', 'description', 'note'],
    required: ['source', 'target', 'type', 'description'],
  },
  groups: {
    columns: [
      'id',
      'name',
      'members',
      'type',
      'description',
      'status',
      'since',
      'until',
      'source_title',
      'source_url',
      'source_slide',
      'verified',
      'note',
    ],
    text: ['name', 'description', 'note'],
    required: ['id', 'name', 'members', 'type', 'description'],
  },
};

/** `name_fi`, `description_en-gb`: a text column in one language. */
const LANGUAGE_COLUMN = /^([a-z]+)_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/;

/** Values of list cells (`members`, `local_languages`) are separated by `;`, `|` or `,`. */
const LIST_SEPARATOR = /[;|,]/;
/** Several sources are separated by `|` (written ` | `). */
const SOURCE_SEPARATOR = '|';

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

/** `24.9384`, `-3`, `24,9384` (decimal comma), `1 115 000` (spaces as thousands separators). */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A header: which column index holds which name, plus the language columns of text fields. */
interface Columns {
  index: Map<string, number>;
  /** Per text column: `[language, index]` in header order. */
  languages: Map<string, [string, number][]>;
}

function readHeader(
  header: readonly string[],
  asWritten: readonly string[],
  spec: FileSpec,
  problem: (message: string) => void,
  warn: (message: string) => void,
): Columns {
  const index = new Map<string, number>();
  const languages = new Map<string, [string, number][]>();
  header.forEach((name, i) => {
    if (name === '') return;
    const first = index.get(name);
    if (first !== undefined) {
      problem(`column "${name}" appears twice (columns ${first + 1} and ${i + 1})`);
      return;
    }
    const language = LANGUAGE_COLUMN.exec(name);
    if (spec.columns.includes(name)) {
      index.set(name, i);
    } else if (language && spec.text.includes(language[1]!)) {
      index.set(name, i);
      const list = languages.get(language[1]!) ?? [];
      // The tag as written but its language lower-cased: `name_en-GB` → en-GB, `NAME_FI` → fi.
      const written = (asWritten[i] ?? name).slice(language[1]!.length + 1);
      const [primary = '', ...rest] = written.split('-');
      list.push([[primary.toLowerCase(), ...rest].join('-'), i]);
      languages.set(language[1]!, list);
    } else {
      const near = spec.columns.find((known) => editDistance(known, name) <= 2);
      warn(`unknown column "${name}" is ignored${near ? ` (did you mean "${near}"?)` : ''}`);
    }
  });
  return { index, languages };
}

/** Reads the cells of one row; every problem is collected, and a row with problems is skipped. */
class RowReader {
  readonly problems: string[] = [];

  constructor(
    private readonly columns: Columns,
    private readonly cells: readonly string[],
  ) {}

  has(name: string): boolean {
    return this.columns.index.has(name);
  }

  /** The trimmed cell, `''` when empty or when the column is absent. */
  cell(name: string): string {
    const i = this.columns.index.get(name);
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  required(name: string): string | undefined {
    const value = this.cell(name);
    if (value === '') {
      this.problems.push(`column "${name}" is empty`);
      return undefined;
    }
    return value;
  }

  /**
   * A text from `name` and `name_<lang>`: a string when only `name` is filled, else an object by
   * language, with `name` as its English entry unless `name_en` is filled.
   */
  text(name: string, required = false): LocalizedText | undefined {
    const plain = this.cell(name);
    const byLanguage: Record<string, string> = {};
    for (const [language, i] of this.columns.languages.get(name) ?? []) {
      const value = (this.cells[i] ?? '').trim();
      if (value !== '') byLanguage[language] = value;
    }
    if (Object.keys(byLanguage).length === 0) {
      if (plain !== '') return plain;
      if (required) this.problems.push(`column "${name}" is empty`);
      return undefined;
    }
    if (plain !== '' && !('en' in byLanguage)) return { en: plain, ...byLanguage };
    return byLanguage;
  }

  number(name: string, required = false): number | undefined {
    const raw = required ? this.required(name) : this.cell(name);
    if (raw === undefined || raw === '') return undefined;
    const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
    if (!NUMBER.test(compact)) {
      this.problems.push(`column "${name}": ${JSON.stringify(raw)} is not a number`);
      return undefined;
    }
    return Number(compact.replace(',', '.'));
  }

  boolean(name: string): boolean | undefined {
    const raw = this.cell(name);
    if (raw === '') return undefined;
    const value = raw.toLowerCase();
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    this.problems.push(
      `column "${name}": ${JSON.stringify(raw)} is not a yes/no value (use true, false, yes, no, 1 or 0)`,
    );
    return undefined;
  }

  list(name: string, required = false): string[] | undefined {
    const raw = required ? this.required(name) : this.cell(name);
    if (raw === undefined || raw === '') return undefined;
    return raw
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /**
   * `prefix_title`, `prefix_url` and `prefix_slide`, several separated by `|`, paired by position. A
   * slide cell is a whole number (the slide of the 2007 deck) or empty.
   */
  sources(
    titleColumn: string,
    urlColumn: string,
    slideColumn?: string,
  ): { title: string; url?: string; slide?: number }[] {
    const split = (value: string) => (value === '' ? [] : value.split(SOURCE_SEPARATOR).map((s) => s.trim()));
    const titles = split(this.cell(titleColumn));
    const urls = split(this.cell(urlColumn));
    const slides = slideColumn === undefined ? [] : split(this.cell(slideColumn));
    const out: { title: string; url?: string; slide?: number }[] = [];
    for (const [column, values] of [
      [urlColumn, urls],
      [slideColumn, slides],
    ] as const) {
      if (values.length > titles.length && values.slice(titles.length).some((value) => value !== '')) {
        this.problems.push(
          `column "${column}" has ${values.length} entries but "${titleColumn}" has ${titles.length}: ` +
            `give every ${column === urlColumn ? 'URL' : 'slide'} a title (separate several sources with " | ")`,
        );
        return out;
      }
    }
    titles.forEach((title, i) => {
      const url = urls[i] ?? '';
      const slideText = slides[i] ?? '';
      if (title === '') {
        if (url !== '') this.problems.push(`column "${titleColumn}": source ${i + 1} has a URL but no title`);
        else if (slideText !== '')
          this.problems.push(`column "${titleColumn}": source ${i + 1} has a slide but no title`);
        return;
      }
      let slide: number | undefined;
      if (slideText !== '') {
        if (/^\d+$/.test(slideText)) slide = Number(slideText);
        else
          this.problems.push(`column "${slideColumn}": ${JSON.stringify(slideText)} is not a slide number`);
      }
      out.push({ title, ...(url === '' ? {} : { url }), ...(slide === undefined ? {} : { slide }) });
    });
    return out;
  }

  /** `established`, `proposed` (any case) or empty (`undefined`: the default, established). */
  status(name: string): 'established' | 'proposed' | undefined {
    const raw = this.cell(name);
    if (raw === '') return undefined;
    const value = raw.toLowerCase();
    if (value === 'established' || value === 'proposed') return value;
    this.problems.push(
      `column "${name}": ${JSON.stringify(raw)} is not a status (use established or proposed)`,
    );
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Dataset

export interface CsvFiles {
  cities: string;
  links: string;
  groups?: string;
}

export interface CsvOptions {
  /** `meta.title` of the dataset (default "My archipelago"). */
  title?: string;
  /** File names used in problems (default `cities.csv`, `links.csv`, `groups.csv`). */
  names?: Partial<Record<CsvFileKind, string>>;
}

export interface CsvProblem {
  /** The file name (from `options.names`). */
  file: string;
  /** 1-based line where the record (or the header) starts. */
  line: number;
  message: string;
}

/** Where each dataset entry comes from: `lines.cities[i]` is the line of `dataset.cities[i]`. */
export interface CsvLines {
  cities: number[];
  links: number[];
  groups: number[];
  /** The first row using each link type (`dataset.linkTypes[i]`). */
  linkTypes: { file: string; line: number }[];
}

export interface CsvDataset {
  /** The dataset object, not yet validated: pass it to `validateDataset`. */
  dataset: unknown;
  /** Row and file problems; a row with a problem is skipped. Any problem means the input is invalid. */
  problems: CsvProblem[];
  /** Unknown columns (ignored): worth a look, but not errors. */
  warnings: CsvProblem[];
  lines: CsvLines;
  /** The file names used in problems. */
  files: Record<CsvFileKind, string>;
  /** City rows skipped for their problems, by id: links and groups naming them are then unknown. */
  skipped: { cities: { id: string; line: number }[] };
}

/** Which of the three spreadsheets a CSV text is, from its header; null when none. */
export function csvKind(text: string): CsvFileKind | null {
  const header = parseCsv(text).header;
  if (header.includes('members')) return 'groups';
  if (header.includes('source') && header.includes('target')) return 'links';
  if (header.includes('lon') && header.includes('lat')) return 'cities';
  return null;
}

export const DEFAULT_TITLE = 'My archipelago';

/** `twin-city-region` → `Twin city region`. */
export function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface ReadRow {
  line: number;
  row: RowReader;
  /** The row has more cells than the header (already reported): it is skipped without being read. */
  broken: boolean;
}

/** Parses one file and yields a reader per non-blank row; header, syntax and row-shape problems go to `report`. */
function readTable(
  text: string,
  kind: CsvFileKind,
  report: (line: number, message: string) => void,
  warn: (line: number, message: string) => void,
): ReadRow[] {
  const spec = CSV_COLUMNS[kind];
  const table = parseCsv(text);
  for (const p of table.problems) report(p.line, p.message);
  if (table.header.length === 0) return [];
  let headerOk = true;
  const columns = readHeader(
    table.header,
    table.headerAsWritten,
    spec,
    (message) => {
      headerOk = false;
      report(table.headerLine, message);
    },
    (message) => warn(table.headerLine, message),
  );
  for (const name of spec.required) {
    if (!columns.index.has(name) && !columns.languages.has(name)) {
      headerOk = false;
      report(table.headerLine, `the required column "${name}" is missing`);
    }
  }
  if (!headerOk) return [];
  const out: ReadRow[] = [];
  for (const { line, cells } of table.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const broken = cells.slice(table.header.length).some((cell) => cell.trim() !== '');
    if (broken) {
      report(
        line,
        `the row has ${cells.length} cells but the header has ${table.header.length} columns ` +
          '(quote cells that contain the separator)',
      );
    }
    out.push({ line, row: new RowReader(columns, cells), broken });
  }
  return out;
}

/** The columns a link row and a group row share, read in column order (so are their problems). */
function readShared(row: RowReader) {
  return {
    description: row.text('description', true),
    status: row.status('status'),
    since: row.number('since'),
    until: row.number('until'),
    sources: row.sources('source_title', 'source_url', 'source_slide'),
    verified: row.boolean('verified'),
    note: row.text('note'),
  };
}

/**
 * The shared columns as dataset fields: empty optional ones left out, `verified` only when false,
 * `status` only when proposed (established is the default).
 */
function sharedFields({
  description,
  status,
  since,
  until,
  sources,
  verified,
  note,
}: ReturnType<typeof readShared>) {
  return {
    description,
    ...(status === 'proposed' ? { status } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    sources,
    ...(verified === false ? { verified } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/**
 * Builds a dataset from the CSV texts of `cities.csv`, `links.csv` and optionally `groups.csv` (columns
 * in docs/data-format.md). Rows with problems (an empty required cell, a number or yes/no value that
 * does not parse, more cells than columns) are reported with file and line and skipped; the rest
 * becomes `dataset`, which the caller validates with `validateDataset` (use `formatCsvIssue` to report
 * its issues by file and line). `linkTypes` are derived from the types used, `priorities` and
 * `chapters` are empty. Never throws.
 */
export function datasetFromCsv(files: CsvFiles, options: CsvOptions = {}): CsvDataset {
  const names: Record<CsvFileKind, string> = {
    cities: options.names?.cities ?? 'cities.csv',
    links: options.names?.links ?? 'links.csv',
    groups: options.names?.groups ?? 'groups.csv',
  };
  const problems: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const lines: CsvLines = { cities: [], links: [], groups: [], linkTypes: [] };
  const read = (kind: CsvFileKind, text: string) =>
    readTable(
      text,
      kind,
      (line, message) => problems.push({ file: names[kind], line, message }),
      (line, message) => warnings.push({ file: names[kind], line, message }),
    );
  /** Adds the row's problems; true when it has none. */
  const accept = (kind: CsvFileKind, { line, row }: ReadRow) => {
    for (const message of row.problems) problems.push({ file: names[kind], line, message });
    return row.problems.length === 0;
  };

  const linkTypes: { id: string; label: string }[] = [];
  const useType = (type: string, file: string, line: number) => {
    if (linkTypes.some((t) => t.id === type)) return;
    linkTypes.push({ id: type, label: labelFromId(type) });
    lines.linkTypes.push({ file, line });
  };

  // Cities
  const cities: Record<string, unknown>[] = [];
  const skippedCities: { id: string; line: number }[] = [];
  for (const entry of read('cities', files.cities)) {
    const { row } = entry;
    if (entry.broken) {
      if (row.cell('id') !== '') skippedCities.push({ id: row.cell('id'), line: entry.line });
      continue;
    }
    const id = row.required('id');
    const name = row.text('name', true);
    const country = row.required('country');
    const lon = row.number('lon', true);
    const lat = row.number('lat', true);
    let population: Record<string, unknown> | undefined;
    const value = row.number('population');
    const year = row.number('population_year');
    const sourceTitle = row.cell('population_source');
    const sourceUrl = row.cell('population_source_url');
    if (value !== undefined) {
      if (year === undefined && row.cell('population_year') === '')
        row.problems.push('column "population_year" is empty (needed with "population")');
      if (sourceTitle === '')
        row.problems.push('column "population_source" is empty (needed with "population")');
      population = {
        value,
        year,
        source: sourceUrl === '' ? { title: sourceTitle } : { title: sourceTitle, url: sourceUrl },
      };
    } else if (
      row.cell('population') === '' &&
      (year !== undefined || sourceTitle !== '' || sourceUrl !== '')
    ) {
      row.problems.push('column "population" is empty but its year or source is filled');
    }
    const membership = row.cell('membership').toLowerCase();
    const localLanguages = row.list('local_languages');
    const role = row.text('role');
    const description = row.text('description');
    const sources = row.sources('source_title', 'source_url', 'source_slide');
    const verified = row.boolean('verified');
    const note = row.text('note');
    if (!accept('cities', entry)) {
      if (id !== undefined) skippedCities.push({ id, line: entry.line });
      continue;
    }
    cities.push({
      id,
      kind: row.cell('kind').toLowerCase() || 'metropolis',
      name,
      ...(localLanguages ? { localLanguages } : {}),
      country: country?.toUpperCase(),
      coordinates: [lon, lat],
      ...(population ? { population } : {}),
      ...(membership ? { membership } : {}),
      ...(role !== undefined ? { role } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(sources.length > 0 ? { sources } : {}),
      ...(verified === false ? { verified } : {}),
      ...(note !== undefined ? { note } : {}),
    });
    lines.cities.push(entry.line);
  }

  // Links
  const linkRows = read('links', files.links);
  const usedIds = new Set(linkRows.map(({ row }) => row.cell('id')).filter((id) => id !== ''));
  const links: Record<string, unknown>[] = [];
  for (const entry of linkRows) {
    const { row } = entry;
    if (entry.broken) continue;
    const source = row.required('source');
    const target = row.required('target');
    const type = row.required('type');
    const title = row.text('title');
    const shared = readShared(row);
    if (!accept('links', entry)) continue;
    let id = row.cell('id');
    if (id === '') {
      let n = 1;
      while (usedIds.has(`${source}-${target}-${n}`)) n++;
      id = `${source}-${target}-${n}`;
      usedIds.add(id);
    }
    useType(type!, names.links, entry.line);
    links.push({
      id,
      source,
      target,
      type,
      ...(title !== undefined ? { title } : {}),
      ...sharedFields(shared),
    });
    lines.links.push(entry.line);
  }

  // Groups
  const groups: Record<string, unknown>[] = [];
  for (const entry of files.groups === undefined ? [] : read('groups', files.groups)) {
    const { row } = entry;
    if (entry.broken) continue;
    const id = row.required('id');
    const name = row.text('name', true);
    const members = row.list('members', true);
    const type = row.required('type');
    const shared = readShared(row);
    if (!accept('groups', entry)) continue;
    useType(type!, names.groups, entry.line);
    groups.push({
      id,
      name,
      members,
      type,
      ...sharedFields(shared),
    });
    lines.groups.push(entry.line);
  }

  // Problems in file order (cities, links, groups), then by line: header and row-shape problems are
  // found before the cells are read.
  const order: CsvFileKind[] = ['cities', 'links', 'groups'];
  const rank = (p: CsvProblem) => order.findIndex((kind) => names[kind] === p.file);
  problems.sort((a, b) => rank(a) - rank(b) || a.line - b.line);

  const dataset = {
    meta: { title: options.title?.trim() || DEFAULT_TITLE },
    linkTypes,
    cities,
    links,
    groups,
    priorities: [],
    chapters: [],
  };
  return { dataset, problems, warnings, lines, files: names, skipped: { cities: skippedCities } };
}

// ---------------------------------------------------------------------------------------------------
// Issues → file, line, column

export interface CsvLocation {
  file: string;
  /** Absent when the issue concerns a whole file (e.g. "the dataset has no cities"). */
  line?: number;
  /** The CSV column the issue is about, when known. */
  column?: string;
}

const ENTRY_PATH = /^(cities|links|groups|linkTypes)\[(\d+)\](.*)$/;
const TEXT_FIELDS = new Set(['name', 'role', 'description', 'note', 'title']);

/** The CSV column of a path inside an entry (`.coordinates[0]` → `lon`, `.name.fi` → `name_fi`). */
function columnOf(kind: CsvFileKind, rest: string, message: string): string | undefined {
  const m = /^\.([A-Za-z]+)(.*)$/.exec(rest);
  if (!m) return undefined;
  const [, field, tail] = m as unknown as [string, string, string];
  if (TEXT_FIELDS.has(field)) {
    const language = /^(?:\.([A-Za-z0-9-]+)|\["([^"]+)"\])/.exec(tail);
    const tag = language?.[1] ?? language?.[2];
    return tag ? `${field}_${tag.toLowerCase()}` : field;
  }
  switch (field) {
    case 'coordinates':
      if (tail.startsWith('[0]') || message.startsWith('longitude')) return 'lon';
      if (tail.startsWith('[1]') || message.startsWith('latitude')) return 'lat';
      return undefined;
    case 'population': {
      if (tail.startsWith('.value')) return 'population';
      if (tail.startsWith('.year')) return 'population_year';
      if (tail.startsWith('.source.url')) return 'population_source_url';
      if (tail.startsWith('.source')) return 'population_source';
      return 'population';
    }
    case 'sources':
      return /\.url$/.test(tail) ? 'source_url' : /\.slide$/.test(tail) ? 'source_slide' : 'source_title';
    case 'localLanguages':
      return 'local_languages';
    default:
      return CSV_COLUMNS[kind].columns.includes(field) ? field : undefined;
  }
}

/**
 * Where a `validateDataset` issue about a dataset built by `datasetFromCsv` comes from: the file, the
 * line of the row and the column. `undefined` for issues outside cities, links, groups and link types.
 */
export function locateIssue(
  issue: Pick<DataIssue, 'path' | 'message'>,
  source: Pick<CsvDataset, 'lines' | 'files'>,
): CsvLocation | undefined {
  if (issue.path === 'cities' || issue.path === 'links' || issue.path === 'groups') {
    return { file: source.files[issue.path] };
  }
  const m = ENTRY_PATH.exec(issue.path);
  if (!m) return undefined;
  const [, array, index, rest] = m as unknown as [string, string, string, string];
  const i = Number(index);
  if (array === 'linkTypes') {
    const first = source.lines.linkTypes[i];
    return first && { file: first.file, line: first.line, column: 'type' };
  }
  const kind = array as CsvFileKind;
  const line = source.lines[kind][i];
  if (line === undefined) return undefined;
  const column = columnOf(kind, rest, issue.message);
  return column === undefined
    ? { file: source.files[kind], line }
    : { file: source.files[kind], line, column };
}

/** `links.csv line 7: column "target" is empty`. */
export function formatCsvProblem(problem: CsvProblem): string {
  return `${problem.file} line ${problem.line}: ${problem.message}`;
}

/**
 * A `validateDataset` issue by file and line: `links.csv line 6, column "target": unknown city
 * "helsinkii"`; references to other entries (`first at cities[2]`) become lines too, and an unknown
 * city whose row was skipped says so; an `unsourced` warning points at the `source_title` column. Issues
 * that have no row (meta) are formatted with `formatIssue`.
 */
export function formatCsvIssue(
  issue: DataIssue | DataWarning,
  source: Pick<CsvDataset, 'lines' | 'files'> & Partial<Pick<CsvDataset, 'skipped'>>,
): string {
  const found = locateIssue(issue, source);
  if (!found) return formatIssue(issue);
  // A missing source is about the row's source columns.
  const at =
    issue.code === 'unsourced' && found.line !== undefined ? { ...found, column: 'source_title' } : found;
  let message = issue.message.replace(
    /\bfirst at (cities|links|groups)\[(\d+)\]/,
    (whole, array: CsvFileKind, index: string) => {
      const line = source.lines[array][Number(index)];
      return line === undefined ? whole : `first on line ${line}`;
    },
  );
  const unknown = issue.code === 'unknown-city' ? /^unknown city ("(?:[^"\\]|\\.)*")$/.exec(message) : null;
  if (unknown) {
    let id: unknown;
    try {
      id = JSON.parse(unknown[1]!);
    } catch {}
    const skipped = source.skipped?.cities.find((city) => city.id === id);
    if (skipped) message += ` (its row, ${source.files.cities} line ${skipped.line}, was skipped)`;
  }
  if (at.line === undefined) return `${at.file}: ${message}`;
  const where = at.column === undefined ? issue.path : `column "${at.column}"`;
  return `${at.file} line ${at.line}, ${where}: ${message}`;
}
