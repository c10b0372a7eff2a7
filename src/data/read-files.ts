/**
 * Dropped or picked files as one dataset text: a dataset JSON as it is (the loader or the editor checks
 * it), or the spreadsheets `cities.csv` (+ `links.csv`, `groups.csv`) made into a dataset. Loaded only when
 * files arrive, by the page (drop target) and the editor (file picker and drop).
 */
import { csvKind, datasetFromCsv, formatCsvProblem } from './csv';

/** The text and, for spreadsheets, the rows left out; null when no file is a dataset or a cities CSV. */
export async function readDatasetFiles(
  files: readonly File[],
): Promise<{ text: string; notes: string[] } | null> {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (json) return { text: await json.text(), notes: [] };
  const parts: Partial<Record<'cities' | 'links' | 'groups', string>> = {};
  for (const file of files) {
    const text = await file.text();
    const kind = csvKind(text);
    if (kind) parts[kind] = text;
  }
  if (parts.cities === undefined) return null;
  const { dataset, problems } = datasetFromCsv({
    cities: parts.cities,
    links: parts.links ?? '',
    groups: parts.groups,
  });
  return { text: JSON.stringify(dataset), notes: problems.map(formatCsvProblem) };
}
