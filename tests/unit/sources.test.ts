import { describe, expect, it } from 'vitest';
import { SLIDE_TITLES } from '../../src/data/schema';
import {
  formatSource,
  hasSource,
  isProposed,
  isVerified,
  slideTitle,
  statusOf,
} from '../../src/data/sources';

describe('isVerified', () => {
  it('is true only for a claim that cites a source and is not marked false', () => {
    const source = { title: 'Slides, Berlin 13 Nov 2007', slide: 6 };
    expect(isVerified({ sources: [source] })).toBe(true);
    expect(isVerified({ sources: [source], verified: true })).toBe(true);
    expect(isVerified({ sources: [source], verified: false })).toBe(false);
    // The old rule (absent `verified` means verified) no longer holds without a source.
    expect(isVerified({})).toBe(false);
    expect(isVerified({ sources: [] })).toBe(false);
    expect(isVerified({ sources: [], verified: true })).toBe(false);
    expect(isVerified(null)).toBe(false);
    expect(isVerified(undefined)).toBe(false);
  });

  it('reads a population figure by its one source', () => {
    const population = { value: 1, year: 2010, source: { title: 'Natural Earth' } };
    expect(isVerified(population)).toBe(true);
    expect(isVerified({ ...population, verified: false })).toBe(false);
  });

  it("does not take a link's source city for a source", () => {
    const link = { id: 'a-b', source: 'a', target: 'b', type: 't', description: 'd', sources: [] };
    expect(hasSource(link)).toBe(false);
    expect(isVerified(link)).toBe(false);
  });
});

describe('status', () => {
  it('is proposed only when marked so', () => {
    expect(statusOf({ status: 'proposed' })).toBe('proposed');
    expect(statusOf({ status: 'established' })).toBe('established');
    expect(statusOf({})).toBe('established');
    expect(statusOf(null)).toBe('established');
    expect(isProposed({ status: 'proposed' })).toBe(true);
    expect(isProposed({})).toBe(false);
  });
});

describe('formatSource', () => {
  it('names the slide with its number and title', () => {
    expect(formatSource({ title: 'Slides, Berlin 13 Nov 2007', slide: 6 })).toBe(
      'Slides, Berlin 13 Nov 2007, slide 6: Co-operation case Helsinki',
    );
    expect(formatSource({ title: 'Slides, Berlin 13 Nov 2007', slide: 1 })).toBe(
      'Slides, Berlin 13 Nov 2007, slide 1: Recommendations for Political Action',
    );
    expect(formatSource({ title: 'Slides', slide: 10 })).toBe('Slides, slide 10: Thank You!');
  });

  it('is the title alone for other sources, and tolerates a slide the deck lacks', () => {
    expect(formatSource({ title: 'berlin.de (home page)' })).toBe('berlin.de (home page)');
    expect(formatSource({ title: 'Slides', slide: 12 })).toBe('Slides, slide 12');
  });

  it('numbers the slides as they come in the deck', () => {
    expect(SLIDE_TITLES).toHaveLength(10);
    expect([2, 3, 4, 5, 7, 8, 9].map((n) => slideTitle(n))).toEqual([
      'BaltMet Inno as the Flagship project of BaltMet Network',
      'BaltMet Action Plan 2008-2010',
      'Baltic Sea Archipelago of Innovation',
      'Future prospects for Innovation Strategy Governance?',
      'Co-operation case St. Petersburg',
      'Co-operation case Brussels',
      'Co-operation case China',
    ]);
    expect(slideTitle(0)).toBeUndefined();
    expect(slideTitle(1.5)).toBeUndefined();
  });
});
