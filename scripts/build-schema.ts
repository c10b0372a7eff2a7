/**
 * Writes data/archipelago.schema.json: the JSON Schema (draft 2020-12) of the dataset, generated from
 * the valibot schema in src/data/schema.ts. Deterministic: same schema in, same bytes out.
 *
 *   npx tsx scripts/build-schema.ts          # write the file
 *   npx tsx scripts/build-schema.ts --check  # exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, SCHEMA_DEFINITIONS } from '../src/data/schema';

export const SCHEMA_PATH = fileURLToPath(new URL('../data/archipelago.schema.json', import.meta.url));
/** A URN, not a URL: the schema is not hosted at a fixed address; files point at it by relative path. */
export const SCHEMA_ID = 'urn:baltic-archipelago:archipelago.schema.json';

/** The JSON Schema as an object, with `$schema`, `$id`, `title`, `description` first. */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(DatasetSchema, {
    target: 'draft-2020-12',
    definitions: SCHEMA_DEFINITIONS,
    errorMode: 'throw',
  }) as Record<string, unknown>;
  const { $schema, title: _title, $defs, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Baltic Sea Archipelago of Innovation dataset',
    description:
      'One dataset for <archipelago-map>: the BaltMet metropolises (cities), their partnerships (links between ' +
      'two cities, groups of three or more), the action priorities and the story (chapters). Generated from ' +
      'src/data/schema.ts by scripts/build-schema.ts; documented in docs/data-format.md. Some rules are checked ' +
      'only by the validator (unique ids, references between entries, coordinate ranges, URL schemes, years).',
    ...rest,
    $defs,
  };
}

/** The file contents: 2-space JSON and a final newline. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = renderJsonSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${SCHEMA_PATH} is stale: run npx tsx scripts/build-schema.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
