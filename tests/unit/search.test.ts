import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { City, Dataset } from '../../src/data/schema';
import { MATCH_SCORE, matchScore, searchCities, searchKey } from '../../src/data/search';

const shipped = JSON.parse(
  readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'),
) as Dataset;

const ids = (query: string, lang = 'en') => searchCities(shipped, query, lang).map((m) => m.id);
const first = (query: string, lang = 'en') => searchCities(shipped, query, lang)[0];

/** A small dataset of cities with just the fields search reads. */
function fixture(names: Record<string, City['name']>, local: Record<string, string[]> = {}) {
  return {
    cities: Object.entries(names).map(([id, name]) => ({ id, name, localLanguages: local[id] })),
  } as unknown as Pick<Dataset, 'cities'>;
}

describe('searchCities on the shipped data', () => {
  it('ignores case and diacritics', () => {
    expect(ids('malmo')).toEqual(['malmo']);
    expect(ids('MALMÖ')).toEqual(['malmo']);
    expect(ids('Malmø')).toEqual(['malmo']);
    expect(ids('riga')).toEqual(['riga']);
    expect(ids('rīga')).toEqual(['riga']);
  });

  it('finds names in any language, local ones included', () => {
    expect(ids('pietari')).toEqual(['st-petersburg']);
    expect(ids('warszawa')).toEqual(['warsaw']);
    expect(ids('helsingfors')).toEqual(['helsinki']);
    expect(ids('санкт')).toEqual(['st-petersburg']);
    expect(ids('köpenhamn')).toEqual(['copenhagen']);
    expect(ids('kobenhavn')).toEqual(['copenhagen']);
    expect(ids('wilno')).toEqual(['vilnius']);
    expect(ids('tukholma')).toEqual(['stockholm']);
    expect(ids('中国')).toEqual(['china']);
  });

  it('reports the name in the language asked for and the name that matched', () => {
    expect(first('pietari')).toEqual({
      id: 'st-petersburg',
      name: 'St. Petersburg',
      matched: 'Pietari',
      score: MATCH_SCORE.exact,
    });
    expect(first('pietari', 'fi')).toMatchObject({ name: 'Pietari', matched: 'Pietari' });
    expect(first('helsingfors', 'de')).toMatchObject({ name: 'Helsinki', matched: 'Helsingfors' });
    expect(first('санкт', 'ru')).toMatchObject({ name: 'Санкт-Петербург', matched: 'Санкт-Петербург' });
    expect(first('warszawa', 'ru')).toMatchObject({ name: 'Варшава', matched: 'Warszawa' });
  });

  it('prefers the name in the language asked for when several names match equally', () => {
    // "Helsinki" is the English, Finnish and German name; in Swedish the city is Helsingfors.
    expect(first('helsinki', 'sv')).toMatchObject({ name: 'Helsingfors', matched: 'Helsinki' });
    expect(first('helsinki', 'fi')).toMatchObject({ name: 'Helsinki', matched: 'Helsinki' });
    // Malmö is Malmø in Danish: the English name wins for an English reader.
    expect(first('malm', 'en')).toMatchObject({ name: 'Malmö', matched: 'Malmö' });
  });

  it('puts Berlin first for "ber"', () => {
    expect(ids('ber')[0]).toBe('berlin');
  });

  it('finds a later word of a name, ignoring punctuation', () => {
    expect(ids('petersburg')).toEqual(['st-petersburg']);
    expect(ids('st petersburg')).toEqual(['st-petersburg']);
    expect(ids('st.petersburg')).toEqual(['st-petersburg']);
    expect(ids('sankt-petersburg')).toEqual(['st-petersburg']);
    expect(ids('петербург')).toEqual(['st-petersburg']);
  });

  it('treats ё as е', () => {
    expect(ids('мальме')).toEqual(['malmo']);
    expect(ids('мальмё')).toEqual(['malmo']);
  });

  it('gives nothing for a blank, punctuation-only or unknown query', () => {
    expect(searchCities(shipped, '', 'en')).toEqual([]);
    expect(searchCities(shipped, '   ', 'en')).toEqual([]);
    expect(searchCities(shipped, ' .- ', 'en')).toEqual([]);
    expect(searchCities(shipped, 'xyz', 'en')).toEqual([]);
  });

  it('trims the query', () => {
    expect(ids('  oslo  ')).toEqual(['oslo']);
  });

  it('respects the limit', () => {
    const all = searchCities(shipped, 'a', 'en', 100);
    expect(all.length).toBeGreaterThan(3);
    expect(searchCities(shipped, 'a', 'en', 3)).toEqual(all.slice(0, 3));
    expect(searchCities(shipped, 'a', 'en').length).toBeLessThanOrEqual(8);
    expect(searchCities(shipped, 'a', 'en', 0)).toEqual([]);
    expect(searchCities(shipped, 'a', 'en', -1)).toEqual([]);
    expect(searchCities(shipped, 'a', 'en', Number.NaN)).toEqual([]);
  });

  it('works for every interface language and unknown ones', () => {
    for (const lang of ['en', 'fi', 'sv', 'de', 'ru', 'en-GB', 'xx', '']) {
      expect(ids('stock', lang)).toEqual(['stockholm']);
    }
    expect(first('varsova', 'fi')).toMatchObject({ id: 'warsaw', name: 'Varsova' });
  });
});

describe('ranking', () => {
  const data = fixture({
    aberdeen: { en: 'Aberdeen' },
    bergen: { en: 'Bergen', nb: 'Bergen' },
    'old-berg': { en: 'Old Berg' },
    berg: { en: 'Berg' },
    'new-bern': { en: 'New Bern', de: 'Neu-Bern' },
  });

  it('ranks exact, then start of the name, then start of a word, then inside a word', () => {
    expect(searchCities(data, 'berg', 'en').map((m) => [m.id, m.score])).toEqual([
      ['berg', MATCH_SCORE.exact],
      ['bergen', MATCH_SCORE.start],
      ['old-berg', MATCH_SCORE.word],
    ]);
    expect(searchCities(data, 'ber', 'en').map((m) => m.id)).toEqual([
      // Starts, by name.
      'berg',
      'bergen',
      // Starts of a later word, by name.
      'new-bern',
      'old-berg',
      // Inside a word.
      'aberdeen',
    ]);
  });

  it('ranks a prefix match before a substring match whatever the names sort like', () => {
    const d = fixture({ a: { en: 'Aalborg' }, z: { en: 'Zborg', sv: 'Borgå' } });
    expect(searchCities(d, 'borg', 'en').map((m) => [m.id, m.matched])).toEqual([
      ['z', 'Borgå'],
      ['a', 'Aalborg'],
    ]);
  });

  it('breaks ties by the name in the language asked for', () => {
    const d = fixture({
      one: { en: 'Sample B', fi: 'Sample A' },
      two: { en: 'Sample A', fi: 'Sample B' },
    });
    expect(searchCities(d, 'sample', 'en').map((m) => m.id)).toEqual(['two', 'one']);
    expect(searchCities(d, 'sample', 'fi').map((m) => m.id)).toEqual(['one', 'two']);
  });

  it('sorts names by the collation of the language (Swedish ö after z)', () => {
    const d = fixture({ o: { sv: 'Öby' }, z: { sv: 'Zby' } });
    expect(searchCities(d, 'by', 'sv').map((m) => m.id)).toEqual(['z', 'o']);
    expect(searchCities(d, 'by', 'de').map((m) => m.id)).toEqual(['o', 'z']);
  });

  it('takes the best of a city’s names, preferring local names among equals', () => {
    const d = fixture({ h: { en: 'Helsinki', sv: 'Helsingfors', fi: 'Helsinki' } }, { h: ['fi', 'sv'] });
    expect(searchCities(d, 'hel', 'de')[0]).toMatchObject({ name: 'Helsinki', matched: 'Helsinki' });
    expect(searchCities(d, 'fors', 'en')[0]).toMatchObject({
      matched: 'Helsingfors',
      score: MATCH_SCORE.inner,
    });
  });

  it('handles plain-string names', () => {
    const d = fixture({ t: 'Tallinn' });
    expect(searchCities(d, 'tall', 'fi')).toEqual([
      { id: 't', name: 'Tallinn', matched: 'Tallinn', score: MATCH_SCORE.start },
    ]);
  });
});

describe('searchKey and matchScore', () => {
  it('normalises like the names', () => {
    expect(searchKey('  St.  Petersburg ')).toBe('st petersburg');
    expect(searchKey('Санкт-Петербург')).toBe('санкт петербург');
    expect(searchKey('København')).toBe('kobenhavn');
    expect(searchKey('Мальмё')).toBe('мальме');
  });

  it('scores', () => {
    expect(matchScore('oslo', 'oslo')).toBe(MATCH_SCORE.exact);
    expect(matchScore('oslo', 'os')).toBe(MATCH_SCORE.start);
    expect(matchScore('st petersburg', 'pet')).toBe(MATCH_SCORE.word);
    expect(matchScore('helsingfors', 'fors')).toBe(MATCH_SCORE.inner);
    expect(matchScore('oslo', 'x')).toBe(0);
    expect(matchScore('oslo', '')).toBe(0);
  });

  it('every result contains the query in its matched name, and results are ordered (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.constantFrom('en', 'fi', 'sv', 'de', 'ru'), (q, lang) => {
        const results = searchCities(shipped, q, lang, 100);
        const key = searchKey(q);
        if (key === '') return results.length === 0;
        for (const r of results) if (!searchKey(r.matched).includes(key)) return false;
        for (let i = 1; i < results.length; i++)
          if ((results[i - 1]?.score ?? 0) < (results[i]?.score ?? 0)) return false;
        return new Set(results.map((r) => r.id)).size === results.length;
      }),
    );
  });

  it('finds every city by every one of its names (property over the shipped data)', () => {
    for (const city of shipped.cities) {
      const names = typeof city.name === 'string' ? [city.name] : Object.values(city.name);
      for (const name of names) {
        const hit = searchCities(shipped, name, 'en', 100).find((m) => m.id === city.id);
        expect(hit, `${city.id} by ${name}`).toBeDefined();
        expect(hit?.score).toBe(MATCH_SCORE.exact);
      }
    }
  });
});
