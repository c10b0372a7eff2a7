/**
 * Dataset → spreadsheets: the reverse of `datasetFromCsv` (csv.ts). One text per file kind, with the
 * columns of `CSV_COLUMNS` in their order, so the reader and the writer can never disagree on a column;
 * a text written per language takes a `name_fi`-style column right after its plain one.
 *
 * `datasetFromCsv(datasetToCsv(d))` gives back every field the CSV format holds (tests/unit/csv-write
 * tests it on the shipped dataset and on random ones). What it cannot hold is listed by `csvLeavesOut`.
 * Quoting is RFC 4180: a cell with a comma, a double quote or a line break is quoted, its quotes doubled;
 * records end with CRLF.
 *
 * Pure: no DOM, no file system.
 */
import { CSV_COLUMNS, type CsvFileKind } from './csv';
import type { Dataset, LocalizedText } from './schema';

type City = Dataset['cities'][number];
type Link = Dataset['links'][number];
type Group = Dataset['groups'][number];
type Source = { title: string; url?: string; slide?: number };

/** The three spreadsheets, as `cities.csv`, `links.csv` and `groups.csv` hold them. */
export type CsvTexts = Record<CsvFileKind, string>;

/** What a dataset holds that its CSV files cannot; each key is present only when the dataset has it. */
export type CsvLoss = 'chapters' | 'priorities' | 'meta' | 'linkTypes' | 'strategies' | 'populationNotes';

/** A cell as RFC 4180 writes it: quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A number as the reader takes it back: digits with an optional decimal point, never an exponent
 * (`String(1e-7)` is `1e-7`, which spreadsheets and the reader's number pattern both refuse).
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = '', exp] = m as unknown as [string, string, string, string, string];
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** One file being written: rows of cells by column name, and the languages each text column used. */
class Sheet {
  readonly rows: Map<string, string>[] = [];
  private readonly languages = new Map<string, string[]>();
  private row = new Map<string, string>();

  constructor(private readonly kind: CsvFileKind) {}

  next(): void {
    this.row = new Map();
    this.rows.push(this.row);
  }

  set(column: string, value: string | number | boolean | undefined): void {
    if (value === undefined) return;
    this.row.set(column, typeof value === 'number' ? plainNumber(value) : String(value));
  }

  /** A text: a plain string in its column, one by language in `column_<lang>` (the reader's form). */
  text(column: string, value: LocalizedText | undefined): void {
    if (value === undefined) return;
    if (typeof value === 'string') {
      this.row.set(column, value);
      return;
    }
    const used = this.languages.get(column) ?? [];
    this.languages.set(column, used);
    for (const [language, text] of Object.entries(value)) {
      if (!used.includes(language)) used.push(language);
      this.row.set(`${column}_${language}`, text);
    }
  }

  /** Several sources in three columns, ` | ` between them, paired by position. */
  sources(sources: readonly Source[] | undefined): void {
    if (!sources?.length) return;
    const join = (values: string[]) => (values.some((v) => v !== '') ? values.join(' | ') : undefined);
    this.set('source_title', sources.map((s) => s.title).join(' | '));
    this.set('source_url', join(sources.map((s) => s.url ?? '')));
    this.set('source_slide', join(sources.map((s) => (s.slide === undefined ? '' : String(s.slide)))));
  }

  toText(): string {
    const header: string[] = [];
    const spec = CSV_COLUMNS[this.kind];
    for (const column of spec.columns) {
      header.push(column);
      for (const language of this.languages.get(column) ?? []) header.push(`${column}_${language}`);
    }
    const lines = [header, ...this.rows.map((row) => header.map((column) => row.get(column) ?? ''))];
    return lines.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
  }
}

/** The columns a link row and a group row share. */
function shared(sheet: Sheet, entry: Link | Group): void {
  sheet.text('description', entry.description);
  sheet.set('status', entry.status);
  sheet.set('since', entry.since);
  sheet.set('until', entry.until);
  sheet.sources(entry.sources);
  sheet.set('verified', entry.verified);
  sheet.text('note', entry.note);
}

/** A valid dataset (`validateDataset`'s output) as the texts of `cities.csv`, `links.csv` and `groups.csv`. */
export function datasetToCsv(dataset: Dataset): CsvTexts {
  const cities = new Sheet('cities');
  for (const city of dataset.cities) {
    cities.next();
    writeCity(cities, city);
  }
  const links = new Sheet('links');
  for (const link of dataset.links) {
    links.next();
    links.set('id', link.id);
    links.set('source', link.source);
    links.set('target', link.target);
    links.set('type', link.type);
    links.text('title', link.title);
    shared(links, link);
  }
  const groups = new Sheet('groups');
  for (const group of dataset.groups) {
    groups.next();
    groups.set('id', group.id);
    groups.text('name', group.name);
    groups.set('members', group.members.join(';'));
    groups.set('type', group.type);
    shared(groups, group);
  }
  return { cities: cities.toText(), links: links.toText(), groups: groups.toText() };
}

function writeCity(sheet: Sheet, city: City): void {
  sheet.set('id', city.id);
  sheet.text('name', city.name);
  sheet.set('kind', city.kind);
  sheet.set('country', city.country);
  sheet.set('lon', city.coordinates[0]);
  sheet.set('lat', city.coordinates[1]);
  if (city.population) {
    sheet.set('population', city.population.value);
    sheet.set('population_year', city.population.year);
    sheet.set('population_source', city.population.source.title);
    sheet.set('population_source_url', city.population.source.url);
  }
  sheet.set('membership', city.membership);
  sheet.set('local_languages', city.localLanguages?.join(';') || undefined);
  sheet.text('role', city.role);
  sheet.text('description', city.description);
  sheet.sources(city.sources);
  sheet.set('verified', city.verified);
  sheet.text('note', city.note);
}

/**
 * What of this dataset its CSV files leave out: the story, the priorities, the title and the rest of
 * `meta`, the link types' labels and descriptions (the files keep only the type ids), the cities'
 * strategies, and what a population figure says beyond value, year and source (its verified, note and
 * source slide).
 */
export function csvLeavesOut(dataset: Dataset): CsvLoss[] {
  const out: CsvLoss[] = [];
  if (dataset.chapters.length) out.push('chapters');
  if (dataset.priorities.length) out.push('priorities');
  out.push('meta');
  if (dataset.linkTypes.length) out.push('linkTypes');
  if (dataset.cities.some((c) => c.strategies?.length)) out.push('strategies');
  const p = (c: City) => c.population;
  if (
    dataset.cities.some(
      (c) => p(c)?.verified !== undefined || p(c)?.note !== undefined || p(c)?.source.slide !== undefined,
    )
  )
    out.push('populationNotes');
  return out;
}
