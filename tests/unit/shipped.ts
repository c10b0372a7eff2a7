import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/schema';
import { formatIssue, validateDataset } from '../../src/data/validate';

/** The shipped dataset file, as text, as parsed JSON, and validated. */
export const shippedText = readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8');
export const shippedRaw = JSON.parse(shippedText) as Record<string, unknown>;

const result = validateDataset(shippedRaw);
if (!result.ok)
  throw new Error(`the shipped dataset is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
export const shipped: Dataset = result.dataset;

/** The 11 BaltMet metropolises of 2007, by id. */
export const METROPOLISES = [
  'berlin',
  'copenhagen',
  'helsinki',
  'malmo',
  'oslo',
  'riga',
  'st-petersburg',
  'stockholm',
  'tallinn',
  'vilnius',
  'warsaw',
];
