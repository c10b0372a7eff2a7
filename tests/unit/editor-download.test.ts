import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFile } from '../../src/editor/download';
import type { JsonObject } from '../../src/editor/draft';
import { parseNumber } from '../../src/editor/fields';

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

const flip = (o: object) => Object.fromEntries(Object.entries(o).reverse());

/**
 * The same data with the keys of the file and of every city, link and group in reverse order. Texts by
 * language keep the order their author gave (a city's own languages first, say): that order is content.
 */
function reversed(data: Record<string, unknown>): JsonObject {
  const out: Record<string, unknown> = { ...data };
  for (const key of ['cities', 'links', 'groups']) out[key] = (data[key] as object[]).map(flip);
  return flip(out) as JsonObject;
}

describe('the downloaded dataset file', () => {
  it('starts with $schema, holds the same data, and has one text whatever the key order of its entries', () => {
    const file = datasetFile(shipped);
    if (!file.ok) throw new Error(JSON.stringify(file.issues));
    expect(Object.keys(JSON.parse(file.text))[0]).toBe('$schema');
    expect(JSON.parse(file.text)).toEqual(shipped);
    const again = datasetFile(reversed(shipped));
    expect(again.ok && again.text).toBe(file.text);
  });

  it('gives a draft without $schema the shipped one, and drops keys the schema does not know', () => {
    const { $schema: _, ...rest } = shipped;
    const file = datasetFile({ ...rest, extra: 1 });
    if (!file.ok) throw new Error('invalid');
    const parsed = JSON.parse(file.text);
    expect(parsed.$schema).toBe('./archipelago.schema.json');
    expect(parsed.extra).toBeUndefined();
  });

  it('refuses an invalid draft with the validator issues', () => {
    const file = datasetFile({ ...shipped, cities: [] });
    expect(file.ok).toBe(false);
    expect(!file.ok && file.issues.map((i) => i.code)).toContain('empty');
  });
});

describe('number fields', () => {
  it('store numbers as numbers and keep anything else as typed, for the validator to name', () => {
    expect(parseNumber('2007')).toBe(2007);
    expect(parseNumber(' -22.5 ')).toBe(-22.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('12a')).toBe('12a');
    expect(parseNumber('Infinity')).toBe('Infinity');
  });
});
