/**
 * Checks a dataset file and prints what the element would report.
 *
 *   npm run data:validate [--strict] <file.json>
 *   npx tsx scripts/data-validate.ts data/archipelago.json
 *
 * Exit codes: 0 valid (one summary line on stdout; warnings, such as entries that cite no source, each
 * on its own line on stderr as `warning: links[4]: …`), 1 invalid (every issue on its own line on stderr,
 * as `formatIssue` writes it: `links[4].target: unknown city "helsinkii"`) or, with `--strict`, valid
 * but with warnings; 2 usage error (no file, unreadable file).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../src/data/load';
import { formatIssue } from '../src/data/validate';

/** What a CLI touches: files and the two output streams (tests pass an in-memory one). */
export interface CliIo {
  /** The file's text; rejects when it cannot be read (the message is shown). */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Writes text as is (the CLIs end their lines with `\n`). */
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Bytes → text: UTF-8, or UTF-16 when the file starts with a UTF-16 byte-order mark (Excel's "Unicode
 * text"). A byte-order mark is dropped. Throws for anything else.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('the file is not UTF-8 text (save it as UTF-8, e.g. "CSV UTF-8" in Excel)');
  }
}

export const realIo: CliIo = {
  readFile: async (path) => decodeText(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
};

/** `ENOENT: no such file or directory, open 'x'` → `no such file`. */
export function ioErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (error instanceof Error) return error.message;
  return String(error);
}

/** `1 city`, `13 cities`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `13 cities, 29 links, 3 groups, 9 chapters`. */
export function summary(dataset: {
  cities: readonly unknown[];
  links: readonly unknown[];
  groups: readonly unknown[];
  chapters: readonly unknown[];
}): string {
  return [
    count(dataset.cities.length, 'city', 'cities'),
    count(dataset.links.length, 'link', 'links'),
    count(dataset.groups.length, 'group', 'groups'),
    count(dataset.chapters.length, 'chapter', 'chapters'),
  ].join(', ');
}

export const USAGE = 'usage: npm run data:validate [--strict] <file.json>';

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(
      `${USAGE}  (checks a dataset; exit 0 valid, 1 invalid or, with --strict, warnings, 2 usage error)\n`,
    );
    return 0;
  }
  const strict = argv.includes('--strict');
  argv = argv.filter((arg) => arg !== '--strict');
  const unknownOption = argv.find((arg) => arg.startsWith('-') && arg !== '-');
  if (unknownOption !== undefined) {
    io.stderr(`data:validate: unknown option ${unknownOption}; ${USAGE}\n`);
    return 2;
  }
  if (argv.length !== 1) {
    io.stderr(`data:validate: ${argv.length === 0 ? 'no file given' : 'give one file'}; ${USAGE}\n`);
    return 2;
  }
  const file = argv[0]!;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`data:validate: cannot read ${file}: ${ioErrorText(error)}; ${USAGE}\n`);
    return 2;
  }
  const result = parseDataset(text);
  if (result.ok) {
    for (const warning of result.warnings) io.stderr(`warning: ${formatIssue(warning)}\n`);
    const warned =
      result.warnings.length > 0 ? ` (${count(result.warnings.length, 'warning', 'warnings')})` : '';
    io.stdout(`${file}: valid — ${summary(result.dataset)}${warned}\n`);
    return strict && result.warnings.length > 0 ? 1 : 0;
  }
  for (const issue of result.issues) io.stderr(`${formatIssue(issue)}\n`);
  io.stderr(`${file}: invalid — ${count(result.issues.length, 'issue', 'issues')}\n`);
  return 1;
}

/** Whether `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const started = process.argv[1];
  return started !== undefined && fileURLToPath(moduleUrl) === resolve(started);
}

if (isMain(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), realIo);
}
