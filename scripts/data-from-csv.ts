/**
 * Builds a dataset from spreadsheets (CSV) and checks it.
 *
 *   npm run data:from-csv -- <cities.csv> <links.csv> [groups.csv] [--out file.json] [--title "Title"]
 *   npx tsx scripts/data-from-csv.ts examples/csv/cities.csv examples/csv/links.csv examples/csv/groups.csv
 *
 * (With `npm run`, put `--` before the arguments, or npm keeps `--out` for itself.)
 *
 * The columns are documented in docs/data-format.md ("Building a dataset from spreadsheets"). When the
 * data is valid, the JSON goes to `--out` (a summary line on stdout) or to stdout (the summary on
 * stderr). Otherwise nothing is written and every problem is printed on stderr with file and line:
 * `links.csv line 7: column "target" is empty`, `links.csv line 6, column "target": unknown city "x"`.
 * Exit codes: 0 valid, 1 invalid, 2 usage error (wrong arguments, unreadable file, unwritable output).
 */
import { datasetFromCsv, formatCsvIssue, formatCsvProblem } from '../src/data/csv';
import { validateDataset } from '../src/data/validate';
import { type CliIo, count, ioErrorText, isMain, realIo, summary } from './data-validate';

export const USAGE =
  'usage: npm run data:from-csv -- <cities.csv> <links.csv> [groups.csv] [--out file.json] [--title "Title"]';

interface Args {
  files: string[];
  out?: string;
  title?: string;
  help?: boolean;
}

/** The arguments, or an error message. */
export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const option = /^(--out|-o|--title)(?:=(.*))?$/s.exec(arg);
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (option) {
      const value = option[2] ?? argv[++i];
      if (value === undefined || value === '') return `${option[1]} needs a value`;
      if (option[1] === '--title') args.title = value;
      else args.out = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else args.files.push(arg);
  }
  if (args.help) return args;
  if (args.files.length < 2) return args.files.length === 0 ? 'no files given' : 'links.csv is missing';
  if (args.files.length > 3) return `too many files (${args.files.length})`;
  return args;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`data:from-csv: ${args}; ${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}  (exit 0 valid, 1 invalid, 2 usage error)\n`);
    return 0;
  }
  const [citiesFile, linksFile, groupsFile] = args.files as [string, string, string | undefined];
  const texts: string[] = [];
  for (const file of args.files) {
    try {
      texts.push(await io.readFile(file));
    } catch (error) {
      io.stderr(`data:from-csv: cannot read ${file}: ${ioErrorText(error)}; ${USAGE}\n`);
      return 2;
    }
  }

  const built = datasetFromCsv(
    { cities: texts[0]!, links: texts[1]!, ...(texts[2] !== undefined ? { groups: texts[2] } : {}) },
    {
      ...(args.title !== undefined ? { title: args.title } : {}),
      names: { cities: citiesFile, links: linksFile, ...(groupsFile ? { groups: groupsFile } : {}) },
    },
  );
  const result = validateDataset(built.dataset);

  for (const warning of built.warnings) io.stderr(`warning: ${formatCsvProblem(warning)}\n`);
  for (const problem of built.problems) io.stderr(`${formatCsvProblem(problem)}\n`);
  if (!result.ok) for (const issue of result.issues) io.stderr(`${formatCsvIssue(issue, built)}\n`);

  const found = built.problems.length + (result.ok ? 0 : result.issues.length);
  if (!result.ok || found > 0) {
    const skipped = built.problems.length > 0 ? ' (rows with problems are skipped)' : '';
    io.stderr(`invalid — ${count(found, 'problem', 'problems')}${skipped}; nothing written\n`);
    return 1;
  }

  for (const warning of result.warnings) io.stderr(`warning: ${formatCsvIssue(warning, built)}\n`);
  const json = `${JSON.stringify(built.dataset, null, 2)}\n`;
  const done = `valid — ${summary(result.dataset)}, ${count(result.dataset.linkTypes.length, 'link type', 'link types')}`;
  if (args.out === undefined) {
    io.stdout(json);
    io.stderr(`${done}\n`);
    return 0;
  }
  try {
    await io.writeFile(args.out, json);
  } catch (error) {
    io.stderr(`data:from-csv: cannot write ${args.out}: ${ioErrorText(error)}\n`);
    return 2;
  }
  io.stdout(`${args.out}: ${done}\n`);
  return 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), realIo);
}
