import { type DataIssue, validateDataset } from '../data/validate';
import type { JsonObject } from './draft';

/** Where the JSON Schema is, as the shipped dataset says it, unless the draft names its own. */
const SCHEMA = './archipelago.schema.json';

/**
 * The draft as a dataset file, or its problems. The validator's output has every object's keys in the
 * schema's order (and drops keys the schema does not know), so the same dataset always gives the same
 * text and diffs between downloads stay small. Texts by language keep their author's order of languages:
 * that order is content (a city's own languages first).
 */
export function datasetFile(
  draft: JsonObject,
): { ok: true; text: string } | { ok: false; issues: DataIssue[] } {
  const result = validateDataset(draft);
  if (!result.ok) return result;
  const { $schema, ...rest } = result.dataset;
  return { ok: true, text: `${JSON.stringify({ $schema: $schema ?? SCHEMA, ...rest }, null, 2)}\n` };
}

/** Hands the text to the browser as a file download; nothing is sent anywhere. */
export function saveFile(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
