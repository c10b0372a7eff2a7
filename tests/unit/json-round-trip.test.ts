import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../../src/data/validate';
import { datasetFile } from '../../src/editor/download';
import type { JsonObject } from '../../src/editor/draft';
import { datasetArb } from './random-dataset';
import { shipped } from './shipped';

/** dataset → the editor's file (Download dataset, Save) → dataset. */
function roundTrip(dataset: unknown) {
  const file = datasetFile(dataset as JsonObject);
  if (!file.ok) throw new Error(file.issues.map(formatIssue).join('\n'));
  const back = validateDataset(JSON.parse(file.text));
  if (!back.ok) throw new Error(back.issues.map(formatIssue).join('\n'));
  return { text: file.text, dataset: back.dataset };
}

describe('the JSON round trip of the editor’s file', () => {
  it('gives back the shipped dataset identical, key order of texts included, and the same text again', () => {
    const { text, dataset } = roundTrip(shipped);
    expect(dataset).toStrictEqual({ ...shipped, $schema: dataset.$schema });
    const name = shipped.cities[0]!.name;
    expect(Object.keys(dataset.cities[0]!.name)).toEqual(Object.keys(name));
    expect(roundTrip(dataset).text).toBe(text);
  });

  it('gives back random datasets identical', () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const valid = validateDataset(generated);
        if (!valid.ok) throw new Error(valid.issues.map(formatIssue).join('\n'));
        const { text, dataset } = roundTrip(valid.dataset);
        expect(dataset).toStrictEqual({ ...valid.dataset, $schema: dataset.$schema });
        // Identical down to the order of a text's languages, which is content.
        for (const key of ['cities', 'links', 'groups'] as const)
          expect(JSON.stringify(dataset[key])).toBe(JSON.stringify(valid.dataset[key]));
        expect(roundTrip(dataset).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
