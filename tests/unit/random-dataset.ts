/**
 * Random valid datasets (cities, links, groups; no priorities or chapters) for the round-trip tests, with
 * texts as the CSV keeps them: cells are read trimmed and a line break inside a cell comes back as `\n`,
 * so texts are trimmed and use `\n`. They hold what quoting and escaping must survive: separators, quotes,
 * line breaks, markup, non-Latin letters. Source titles have no `|`, which separates sources in a CSV.
 */
import fc from 'fast-check';
import type { Dataset, LocalizedText } from '../../src/data/schema';

const CHARS = ['a', 'Z', 'ä', 'Я', '東', ' ', ',', ';', '\t', '"', "'", '\n', '|', '<', '/', '=', '-', '1'];
const text = (chars = CHARS) =>
  fc
    .string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 12 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const titleText = text(CHARS.filter((c) => c !== '|'));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/);
const language = fc.constantFrom('en', 'fi', 'sv', 'de', 'ru', 'et', 'en-GB', 'sr-Latn');
const localized: fc.Arbitrary<LocalizedText> = fc.oneof(
  text(),
  fc.dictionary(language, text(), { minKeys: 1, maxKeys: 3 }),
);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const url = fc.constantFrom('https://example.org/a?b=1,2', 'http://x.example/"q"', 'mailto:a@b.example');
const source = fc.record(
  { title: titleText, url, slide: fc.integer({ min: 1, max: 10 }) },
  { requiredKeys: ['title'] },
);
const year = fc.integer({ min: 1900, max: 2100 });

const partnership = {
  description: localized,
  status: opt(fc.constantFrom('established' as const, 'proposed' as const)),
  since: opt(year),
  until: opt(year),
  sources: fc.array(source, { maxLength: 3 }),
  verified: opt(fc.boolean()),
  note: opt(localized),
};

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    ids: fc.uniqueArray(id, { minLength: 3, maxLength: 6 }),
    types: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
  })
  .chain(({ ids, types }) => {
    const city = (cityId: string) =>
      fc.record({
        id: fc.constant(cityId),
        kind: fc.constantFrom('metropolis' as const, 'external' as const),
        name: localized,
        localLanguages: opt(fc.uniqueArray(language, { maxLength: 2 })),
        country: fc.stringMatching(/^[A-Z]{2}$/),
        coordinates: fc.tuple(coordinate(180), coordinate(90)),
        population: opt(
          fc.record({
            value: fc.nat(),
            year,
            source: fc.record({ title: text(), url }, { requiredKeys: ['title'] }),
          }),
        ),
        membership: opt(fc.constantFrom('lead-partner' as const, 'partner' as const, 'observer' as const)),
        role: opt(localized),
        description: opt(localized),
        sources: opt(fc.array(source, { maxLength: 3 })),
        verified: opt(fc.boolean()),
        note: opt(localized),
      });
    const pair = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b);
    const link = fc.record({
      pair,
      type: fc.constantFrom(...types),
      title: opt(localized),
      ...partnership,
    });
    const group = fc.record({
      name: localized,
      members: fc.shuffledSubarray(ids, { minLength: 3 }),
      type: fc.constantFrom(...types),
      ...partnership,
    });
    return fc.record({
      cities: fc.tuple(...ids.map(city)),
      links: fc.array(link, { maxLength: 5 }),
      groups: fc.array(group, { maxLength: 3 }),
      types: fc.constant(types),
    });
  })
  .map(({ cities, links, groups, types }) => {
    const years = <T extends { since?: number; until?: number }>(e: T): T =>
      e.since !== undefined && e.until !== undefined && e.since > e.until
        ? { ...e, since: e.until, until: e.since }
        : e;
    const strip = <T extends object>(o: T): T =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    return {
      meta: { title: 'Random' },
      linkTypes: types.map((t) => ({ id: t, label: t })),
      cities: cities.map((c) => strip(c)),
      links: links.map(({ pair: [source, target], ...l }, i) =>
        strip(years({ ...l, id: `link-${i}`, source, target })),
      ),
      groups: groups.map((g, i) => strip(years({ ...g, id: `group-${i}` }))),
      priorities: [],
      chapters: [],
    } as Dataset;
  });
