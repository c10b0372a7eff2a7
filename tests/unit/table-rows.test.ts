import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import {
  CITY_KEYS,
  type CityMetrics,
  cityRows,
  LINK_KEYS,
  linkRows,
  NUMERIC_KEYS,
  safeUrl,
  sortRows,
} from '../../src/data/table-rows';
import { exploreStrings } from '../../src/i18n/explore-strings';
import { LANGUAGES } from '../../src/i18n/strings';

const shipped = JSON.parse(
  readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'),
) as Dataset;

const metrics = (entries: Record<string, Partial<CityMetrics>>): Map<string, CityMetrics> =>
  new Map(
    Object.entries(entries).map(([id, m]) => [
      id,
      { degree: 0, weightedDegree: 0, betweenness: 0, closeness: 0, clustering: 0, ...m },
    ]),
  );

/** A small dataset with the fields the rows read. */
const small = {
  linkTypes: [
    { id: 'twin', label: { en: 'Twin cities', fi: 'Ystävyyskaupungit' } },
    { id: 'pact', label: 'Pact' },
  ],
  cities: [
    {
      id: 'helsinki',
      kind: 'metropolis',
      name: { en: 'Helsinki', fi: 'Helsinki', sv: 'Helsingfors', ru: 'Хельсинки' },
      localLanguages: ['fi', 'sv'],
      country: 'FI',
      coordinates: [24.9, 60.2],
      population: { value: 1115000, year: 2010, source: { title: 'NE' } },
    },
    {
      id: 'tallinn',
      kind: 'metropolis',
      name: { en: 'Tallinn', et: 'Tallinn', ru: 'Таллин' },
      localLanguages: ['et'],
      country: 'EE',
      coordinates: [24.7, 59.4],
      population: { value: 394024, year: 2011, source: { title: 'NE' }, verified: false, note: 'approx.' },
      verified: false,
      note: { en: 'Unsure', fi: 'Epävarma' },
    },
    {
      id: 'brussels',
      kind: 'external',
      name: { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussel' },
      localLanguages: ['fr', 'nl'],
      country: 'BE',
      coordinates: [4.35, 50.85],
    },
  ],
  links: [
    {
      id: 'hel-tal',
      source: 'helsinki',
      target: 'tallinn',
      type: 'twin',
      title: { en: 'Talsinki', fi: 'Talsinki' },
      description: { en: 'Twin cities across the gulf.', fi: 'Ystävyyskaupungit.' },
      since: 1993,
      sources: [
        { title: 'Web', url: 'https://example.org/a' },
        { title: 'Mail', url: 'mailto:someone@example.org' },
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Data', url: 'data:text/html,<b>x</b>' },
        { title: 'Relative', url: '/local' },
        { title: 'Book' },
      ],
    },
    {
      id: 'tal-bru',
      source: 'tallinn',
      target: 'brussels',
      type: 'pact',
      description: 'A pact.',
      since: 2005,
      until: 2007,
      sources: [],
      verified: false,
      note: 'Not confirmed.',
    },
    {
      id: 'hel-bru',
      source: 'helsinki',
      target: 'nowhere',
      type: 'unknown-type',
      description: 'Broken refs still render.',
      sources: [{ title: 'Plain http', url: 'HTTP://EXAMPLE.ORG' }],
    },
  ],
} as unknown as Dataset;

describe('cityRows', () => {
  it('gives one row per city in file order with names, local names, country and population', () => {
    const rows = cityRows(small, 'en');
    expect(rows.map((r) => r.id)).toEqual(['helsinki', 'tallinn', 'brussels']);
    expect(rows[0]).toEqual({
      id: 'helsinki',
      name: 'Helsinki',
      localNames: [{ lang: 'sv', name: 'Helsingfors' }],
      country: 'Finland',
      countryCode: 'FI',
      population: 1115000,
      populationYear: 2010,
      populationVerified: true,
      populationNote: '',
      populationDefinition: '',
      degree: null,
      weightedDegree: null,
      betweenness: null,
      closeness: null,
      clustering: null,
      // No source: never shown as verified (an absent `verified` no longer means verified).
      verified: false,
      note: '',
    });
    expect(rows[1]).toMatchObject({
      localNames: [],
      populationVerified: false,
      populationNote: 'approx.',
      verified: false,
      note: 'Unsure',
    });
    expect(rows[2]).toMatchObject({
      name: 'Brussels',
      localNames: [
        { lang: 'fr', name: 'Bruxelles' },
        { lang: 'nl', name: 'Brussel' },
      ],
      population: null,
      populationYear: null,
    });
  });

  it('names the city and country in the language asked for', () => {
    const rows = cityRows(small, 'ru');
    expect(rows[0]).toMatchObject({ name: 'Хельсинки', country: 'Финляндия' });
    // In Russian the Finnish name differs from the displayed one, so both local names are listed.
    expect(rows[0]?.localNames).toEqual([
      { lang: 'fi', name: 'Helsinki' },
      { lang: 'sv', name: 'Helsingfors' },
    ]);
    expect(cityRows(small, 'fi')[1]).toMatchObject({ name: 'Tallinn', country: 'Viro', note: 'Epävarma' });
    expect(cityRows(small, 'de')[0]?.country).toBe('Finnland');
  });

  it('fills metrics from the map, null when absent or not finite', () => {
    const m = metrics({
      helsinki: { degree: 3, weightedDegree: 4.5, betweenness: 0.25, closeness: 0.8, clustering: 1 },
      tallinn: { degree: 1, closeness: Number.NaN, betweenness: Number.POSITIVE_INFINITY },
    });
    const rows = cityRows(small, 'en', m);
    expect(rows[0]).toMatchObject({
      degree: 3,
      weightedDegree: 4.5,
      betweenness: 0.25,
      closeness: 0.8,
      clustering: 1,
    });
    expect(rows[1]).toMatchObject({ degree: 1, closeness: null, betweenness: null, clustering: 0 });
    expect(rows[2]).toMatchObject({ degree: null, clustering: null });
    expect(cityRows(small, 'en', null)[0]?.degree).toBeNull();
  });

  it('follows visibleCities (null: all)', () => {
    expect(cityRows(small, 'en', null, null)).toHaveLength(3);
    expect(cityRows(small, 'en', null, new Set(['brussels', 'helsinki'])).map((r) => r.id)).toEqual([
      'helsinki',
      'brussels',
    ]);
    expect(cityRows(small, 'en', null, new Set())).toEqual([]);
  });

  it('keeps an unknown country code as it is', () => {
    const odd = { cities: [{ ...small.cities[0], id: 'x', country: 'XX' }] } as unknown as Dataset;
    expect(cityRows(odd, 'en')[0]?.country).toMatch(/XX/);
  });

  it('works on the shipped data in every interface language', () => {
    for (const lang of LANGUAGES) {
      const rows = cityRows(shipped, lang);
      expect(rows).toHaveLength(shipped.cities.length);
      for (const r of rows) {
        expect(r.name).not.toBe('');
        expect(r.country).not.toBe('');
      }
    }
    const helsinki = cityRows(shipped, 'en').find((r) => r.id === 'helsinki');
    expect(helsinki?.localNames).toEqual([{ lang: 'sv', name: 'Helsingfors' }]);
  });
});

describe('cityRows: sources and the population definition', () => {
  it('a city shows as verified only when it cites a source and is not marked false', () => {
    const base = small.cities[0]!;
    const data = {
      ...small,
      cities: [
        { ...base, id: 'sourced', sources: [{ title: 'Slides', slide: 6 }] },
        { ...base, id: 'marked', sources: [{ title: 'Slides', slide: 6 }], verified: false },
        { ...base, id: 'bare' },
        { ...base, id: 'empty', sources: [] },
        { ...base, id: 'no-population', population: undefined, sources: [{ title: 'S' }] },
      ],
    } as unknown as Dataset;
    expect(cityRows(data, 'en').map((r) => [r.id, r.verified, r.populationVerified])).toEqual([
      ['sourced', true, true],
      ['marked', false, true],
      ['bare', false, true],
      ['empty', false, true],
      ['no-population', true, true],
    ]);
  });

  it('carries meta.population.definition, localized, on every row', () => {
    const data = {
      ...small,
      meta: {
        title: 'T',
        population: {
          definition: { en: 'Urban agglomeration', fi: 'Taajama' },
          source: { title: 'NE' },
          year: 2010,
        },
      },
    } as unknown as Dataset;
    expect(cityRows(data, 'en').map((r) => r.populationDefinition)).toEqual(
      Array(3).fill('Urban agglomeration'),
    );
    expect(cityRows(data, 'fi')[0]?.populationDefinition).toBe('Taajama');
    expect(cityRows(shipped, 'en')[0]?.populationDefinition).toContain('pop_max');
  });
});

describe('linkRows', () => {
  it('gives one row per link with partner names, type label, years and description', () => {
    const rows = linkRows(small, 'en');
    expect(rows.map((r) => r.id)).toEqual(['hel-tal', 'tal-bru', 'hel-bru']);
    expect(rows[0]).toMatchObject({
      name: 'Talsinki',
      a: 'Helsinki',
      aId: 'helsinki',
      b: 'Tallinn',
      bId: 'tallinn',
      type: 'Twin cities',
      typeId: 'twin',
      since: 1993,
      until: null,
      description: 'Twin cities across the gulf.',
      status: 'established',
      verified: true,
      note: '',
    });
    expect(rows[1]).toMatchObject({
      name: 'Tallinn – Brussels',
      type: 'Pact',
      since: 2005,
      until: 2007,
      verified: false,
      note: 'Not confirmed.',
      sources: [],
    });
  });

  it('carries the status: proposed, or established by default', () => {
    const data = {
      ...small,
      links: [
        { ...small.links[0]!, id: 'p', status: 'proposed' },
        { ...small.links[0]!, id: 'e', status: 'established' },
        { ...small.links[0]!, id: 'd' },
      ],
    } as unknown as Dataset;
    expect(linkRows(data, 'en').map((r) => [r.id, r.status])).toEqual([
      ['p', 'proposed'],
      ['e', 'established'],
      ['d', 'established'],
    ]);
    const shippedRows = linkRows(shipped, 'en');
    expect(shippedRows.filter((r) => r.status === 'proposed')).toHaveLength(22);
    expect(shippedRows.find((r) => r.id === 'brussels-helsinki')?.since).toBeNull();
  });

  it('writes slide sources with their slide: "…, slide 6: Co-operation case Helsinki"', () => {
    const row = linkRows(shipped, 'en').find((r) => r.id === 'helsinki-berlin-strategic');
    expect(row?.sources[0]).toEqual({
      title: 'Slides, Berlin 13 Nov 2007, slide 6: Co-operation case Helsinki',
      url: null,
    });
  });

  it('falls back to ids for unknown cities and types', () => {
    expect(linkRows(small, 'en')[2]).toMatchObject({ b: 'nowhere', type: 'unknown-type', since: null });
  });

  it('localizes', () => {
    expect(linkRows(small, 'fi')[0]).toMatchObject({
      type: 'Ystävyyskaupungit',
      description: 'Ystävyyskaupungit.',
    });
    expect(linkRows(small, 'ru')[0]).toMatchObject({ a: 'Хельсинки', b: 'Таллин' });
  });

  it('keeps only http, https and mailto URLs as links', () => {
    expect(linkRows(small, 'en')[0]?.sources).toEqual([
      { title: 'Web', url: 'https://example.org/a' },
      { title: 'Mail', url: 'mailto:someone@example.org' },
      { title: 'Script', url: null },
      { title: 'Data', url: null },
      { title: 'Relative', url: null },
      { title: 'Book', url: null },
    ]);
    expect(linkRows(small, 'en')[2]?.sources).toEqual([{ title: 'Plain http', url: 'HTTP://EXAMPLE.ORG' }]);
  });

  it('follows visibleLinks (null: all)', () => {
    expect(linkRows(small, 'en', new Set(['tal-bru'])).map((r) => r.id)).toEqual(['tal-bru']);
    expect(linkRows(small, 'en', new Set())).toEqual([]);
  });

  it('works on the shipped data: every link, unverified ones marked', () => {
    const rows = linkRows(shipped, 'en');
    expect(rows).toHaveLength(shipped.links.length);
    expect(rows.filter((r) => !r.verified).map((r) => r.id)).toEqual(
      shipped.links.filter((l) => l.verified === false || l.sources.length === 0).map((l) => l.id),
    );
    const cityIds = new Set(shipped.cities.map((c) => c.id));
    for (const r of rows) {
      expect(cityIds.has(r.aId) && cityIds.has(r.bId)).toBe(true);
      // Names, not ids (the shipped ids are lower case, the names capitalised).
      expect([r.a, r.b]).not.toContain(r.aId);
      expect([r.a, r.b]).not.toContain(r.bId);
      expect(r.type).not.toBe(r.typeId);
      for (const s of r.sources) if (s.url) expect(s.url).toMatch(/^(https?|mailto):/i);
    }
  });
});

describe('safeUrl', () => {
  it('accepts http, https and mailto only', () => {
    expect(safeUrl('https://a.example')).toBe('https://a.example');
    expect(safeUrl(' http://a.example/x?y ')).toBe('http://a.example/x?y');
    expect(safeUrl('mailto:x@y.example')).toBe('mailto:x@y.example');
    expect(safeUrl('HTTPS://A.EXAMPLE')).toBe('HTTPS://A.EXAMPLE');
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl('')).toBeNull();
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' javascript:alert(1)')).toBeNull();
    expect(safeUrl('java\tscript:alert(1)')).toBeNull();
    expect(safeUrl('vbscript:x')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl('www.example.org')).toBeNull();
    expect(safeUrl('http://')).toBeNull();
    // Odd but harmless: the scheme is https.
    expect(safeUrl('https:example.org')).toBe('https:example.org');
  });
});

describe('sortRows', () => {
  const rows = [
    { id: 'a', name: 'Riga', pop: 700, year: 2010 as number | null, tags: ['x'] },
    { id: 'b', name: 'Århus', pop: 300, year: null, tags: [] },
    { id: 'c', name: 'oslo', pop: 800, year: 2005, tags: ['x', 'y'] },
    { id: 'd', name: 'Berlin', pop: 3400, year: 2010, tags: ['x'] },
    { id: 'e', name: 'Åbo', pop: 300, year: Number.NaN, tags: ['y'] },
    { id: 'f', name: 'city 10', pop: 10, year: 1999, tags: [] },
    { id: 'g', name: 'city 9', pop: 9, year: 2010, tags: [] },
  ];
  const order = (r: { id: string }[]) => r.map((x) => x.id).join('');

  it('sorts numbers numerically, not as text', () => {
    expect(order(sortRows(rows, 'pop', 'ascending'))).toBe('gfbeacd');
    expect(order(sortRows(rows, 'pop', 'descending'))).toBe('dcabefg');
  });

  it('sorts text by the language’s collation, ignoring case, digits as numbers', () => {
    expect(order(sortRows(rows, 'name', 'ascending', 'en'))).toBe('ebdgfca');
    // Swedish: å after z.
    expect(order(sortRows(rows, 'name', 'ascending', 'sv'))).toBe('dgfcaeb');
    expect(order(sortRows(rows, 'name', 'descending', 'sv'))).toBe('beacfgd');
  });

  it('puts missing values last in both directions', () => {
    expect(order(sortRows(rows, 'year', 'ascending'))).toBe('fcadgbe');
    expect(order(sortRows(rows, 'year', 'descending'))).toBe('adgcfbe');
  });

  it('is stable in both directions', () => {
    // Equal years (2010: a, d, g) keep their input order either way.
    const asc = sortRows(rows, 'year', 'ascending').filter((r) => r.year === 2010);
    const desc = sortRows(rows, 'year', 'descending').filter((r) => r.year === 2010);
    expect(order(asc)).toBe('adg');
    expect(order(desc)).toBe('adg');
  });

  it('sorts arrays by length', () => {
    expect(order(sortRows(rows, 'tags', 'ascending'))).toBe('bfgadec');
  });

  it('leaves the input alone', () => {
    const copy = rows.slice();
    sortRows(rows, 'pop', 'descending');
    expect(rows).toEqual(copy);
  });

  it('sorts city rows by every column in both directions', () => {
    const m = metrics({
      helsinki: { degree: 5, betweenness: 0.5 },
      tallinn: { degree: 2, betweenness: 0.7 },
    });
    const cities = cityRows(small, 'en', m);
    expect(sortRows(cities, 'name', 'ascending').map((r) => r.id)).toEqual([
      'brussels',
      'helsinki',
      'tallinn',
    ]);
    expect(sortRows(cities, 'degree', 'descending').map((r) => r.id)).toEqual([
      'helsinki',
      'tallinn',
      'brussels',
    ]);
    expect(sortRows(cities, 'betweenness', 'descending').map((r) => r.id)).toEqual([
      'tallinn',
      'helsinki',
      'brussels',
    ]);
    expect(sortRows(cities, 'population', 'ascending').map((r) => r.id)).toEqual([
      'tallinn',
      'helsinki',
      'brussels',
    ]);
    expect(sortRows(cities, 'country', 'ascending').map((r) => r.country)).toEqual([
      'Belgium',
      'Estonia',
      'Finland',
    ]);
    for (const key of CITY_KEYS)
      for (const dir of ['ascending', 'descending'] as const)
        expect(sortRows(cities, key, dir)).toHaveLength(cities.length);
  });

  it('sorts link rows by every column', () => {
    const links = linkRows(small, 'en');
    expect(sortRows(links, 'since', 'ascending').map((r) => r.id)).toEqual(['hel-tal', 'tal-bru', 'hel-bru']);
    expect(sortRows(links, 'since', 'descending').map((r) => r.id)).toEqual([
      'tal-bru',
      'hel-tal',
      'hel-bru',
    ]);
    expect(sortRows(links, 'sources', 'descending').map((r) => r.id)).toEqual([
      'hel-tal',
      'hel-bru',
      'tal-bru',
    ]);
    expect(sortRows(links, 'b', 'ascending').map((r) => r.b)).toEqual(['Brussels', 'nowhere', 'Tallinn']);
    for (const key of LINK_KEYS)
      for (const dir of ['ascending', 'descending'] as const)
        expect(sortRows(links, key, dir)).toHaveLength(links.length);
  });

  it('is a stable permutation ordered by the key (property)', () => {
    const row = fc.record({
      id: fc.nat(),
      n: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(null)),
      s: fc.constantFrom('a', 'B', 'b', 'ä', 'z', '10', '9'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom('n' as const, 's' as const),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (input, key, dir) => {
          const rows = input.map((r, i) => ({ ...r, id: i }));
          const out = sortRows(rows, key, dir, 'en');
          if (out.length !== rows.length) return false;
          if (new Set(out.map((r) => r.id)).size !== rows.length) return false;
          const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
          for (let i = 1; i < out.length; i++) {
            const p = out[i - 1]!;
            const q = out[i]!;
            const pv = p[key];
            const qv = q[key];
            if (pv === null) {
              if (qv !== null) return false;
              if (p.id > q.id) return false;
              continue;
            }
            if (qv === null) continue;
            const c =
              typeof pv === 'number' && typeof qv === 'number'
                ? pv - qv
                : collator.compare(String(pv), String(qv));
            const signed = dir === 'ascending' ? c : -c;
            if (signed > 0) return false;
            if (signed === 0 && p.id > q.id) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('column keys', () => {
  it('mark numeric columns', () => {
    expect([...NUMERIC_KEYS].sort()).toEqual(
      ['betweenness', 'closeness', 'clustering', 'degree', 'population', 'since', 'weightedDegree'].sort(),
    );
  });
});

describe('exploreStrings', () => {
  it('has every string in every interface language', () => {
    const keys = Object.keys(exploreStrings('en')).sort();
    for (const lang of LANGUAGES) {
      const t = exploreStrings(lang);
      expect(t.lang).toBe(lang);
      expect(Object.keys(t).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(t)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('is translated (not English) apart from shared words', () => {
    const en = exploreStrings('en');
    for (const lang of ['fi', 'sv', 'de', 'ru'] as const) {
      const t = exploreStrings(lang);
      expect(t.searchLabel).not.toBe(en.searchLabel);
      expect(t.noMatches).not.toBe(en.noMatches);
      expect(t.citiesCaption).not.toBe(en.citiesCaption);
      expect(t.unverified).not.toBe(en.unverified);
    }
  });

  it('falls back to English and matches region subtags', () => {
    expect(exploreStrings('xx').lang).toBe('en');
    expect(exploreStrings(null).lang).toBe('en');
    expect(exploreStrings('sv-FI').lang).toBe('sv');
    expect(exploreStrings('RU').lang).toBe('ru');
  });

  it('counts results with the plural forms of each language', () => {
    expect(exploreStrings('en').results(1)).toBe('1 result');
    expect(exploreStrings('en').results(3)).toBe('3 results');
    expect(exploreStrings('fi').results(1)).toBe('1 tulos');
    expect(exploreStrings('fi').results(2)).toBe('2 tulosta');
    expect(exploreStrings('sv').results(5)).toBe('5 träffar');
    expect(exploreStrings('de').results(1)).toBe('1 Treffer');
    expect(exploreStrings('ru').results(1)).toBe('1 результат');
    expect(exploreStrings('ru').results(3)).toBe('3 результата');
    expect(exploreStrings('ru').results(5)).toBe('5 результатов');
    expect(exploreStrings('ru').results(21)).toBe('21 результат');
    expect(exploreStrings('en').shown(11, 13)).toBe('11 of 13 shown');
    expect(exploreStrings('ru').shown(2, 13)).toBe('показано 2 из 13');
  });

  it('formats numbers per language', () => {
    expect(exploreStrings('en').number(1115000)).toBe('1,115,000');
    expect(exploreStrings('de').number(1115000)).toBe('1.115.000');
    expect(exploreStrings('en').number(0.12345, 3)).toBe('0.123');
    expect(exploreStrings('fi').number(0.5, 3)).toBe('0,5');
  });
});
