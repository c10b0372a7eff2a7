import { describe, expect, it } from 'vitest';
import type { Dataset, LocalizedText } from '../../src/data/schema';
import { formatSource, isVerified } from '../../src/data/sources';
import { localize } from '../../src/data/text';
import { validateDataset } from '../../src/data/validate';
import { METROPOLISES, shipped, shippedRaw, shippedText } from './shipped';

// The shipped dataset, as a file: these tests read it as text (for grep-like checks) and as data.
const text = shippedText;
const raw = shippedRaw;
const data: Dataset = shipped;

const city = (id: string) => {
  const found = data.cities.find((c) => c.id === id);
  if (!found) throw new Error(`no city ${id}`);
  return found;
};
const en = (t: LocalizedText | undefined) => localize(t, 'en');

/** Every text of the dataset, in English, as one string. */
function allEnglish(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allEnglish).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !['fi', 'sv', 'de', 'ru'].includes(key))
      .map(([, v]) => allEnglish(v))
      .join('\n');
  }
  return '';
}
const english = allEnglish(data);

describe('the shipped dataset', () => {
  it('is valid and points at its JSON Schema first', () => {
    expect(Object.keys(raw)[0]).toBe('$schema');
    expect(raw.$schema).toBe('./archipelago.schema.json');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has the 11 BaltMet metropolises, and Brussels and China as external partners', () => {
    expect(
      data.cities
        .filter((c) => c.kind === 'metropolis')
        .map((c) => c.id)
        .sort(),
    ).toEqual(METROPOLISES);
    expect(data.cities.filter((c) => c.kind === 'external').map((c) => c.id)).toEqual(['brussels', 'china']);
    expect(city('china').coordinates).toEqual([116.39, 39.93]);
    expect(city('china').name).toMatchObject({
      en: 'China',
      fi: 'Kiina',
      sv: 'Kina',
      de: 'China',
      ru: 'Китай',
    });
    expect(city('brussels').coordinates).toEqual([4.3517, 50.8503]);
  });

  it('names the cities in English, Finnish, Swedish, German, Russian and their own languages', () => {
    for (const c of data.cities) {
      expect(typeof c.name, c.id).toBe('object');
      const name = c.name as Record<string, string>;
      for (const lang of ['en', 'fi', 'sv', 'de', 'ru']) expect(name[lang], `${c.id} ${lang}`).toBeTruthy();
      for (const lang of c.localLanguages ?? []) expect(name[lang], `${c.id} local ${lang}`).toBeTruthy();
    }
    expect(city('riga').name).toMatchObject({ lv: 'Rīga' });
    expect(city('warsaw').name).toMatchObject({ pl: 'Warszawa', de: 'Warschau' });
    expect(city('copenhagen').name).toMatchObject({ da: 'København' });
    expect(city('oslo').name).toMatchObject({ nb: 'Oslo' });
    expect(city('tallinn').name).toMatchObject({ et: 'Tallinn' });
    expect(city('vilnius').name).toMatchObject({ lt: 'Vilnius' });
    expect(city('malmo').name).toMatchObject({ en: 'Malmö', sv: 'Malmö' });
    expect(city('helsinki').name).toMatchObject({ fi: 'Helsinki', sv: 'Helsingfors' });
    expect(city('helsinki').localLanguages).toEqual(['fi', 'sv']);
    expect(city('st-petersburg').name).toMatchObject({ fi: 'Pietari', ru: 'Санкт-Петербург' });
  });

  it('gives countries, coordinates and Natural Earth populations', () => {
    const expected: Record<string, [string, number, number, number]> = {
      berlin: ['DE', 13.405, 52.52, 3_406_000],
      copenhagen: ['DK', 12.5683, 55.6761, 1_085_000],
      helsinki: ['FI', 24.9384, 60.1699, 1_115_000],
      malmo: ['SE', 13.0038, 55.605, 269_349],
      oslo: ['NO', 10.7522, 59.9139, 835_000],
      riga: ['LV', 24.1052, 56.9496, 742_572],
      'st-petersburg': ['RU', 30.3141, 59.9386, 4_553_000],
      stockholm: ['SE', 18.0686, 59.3293, 1_264_000],
      tallinn: ['EE', 24.7535, 59.437, 394_024],
      vilnius: ['LT', 25.2798, 54.6892, 542_366],
      warsaw: ['PL', 21.0118, 52.2298, 1_707_000],
    };
    for (const [id, [country, lon, lat, population]] of Object.entries(expected)) {
      const c = city(id);
      expect(c.country, id).toBe(country);
      expect(c.coordinates, id).toEqual([lon, lat]);
      expect(c.population?.value, id).toBe(population);
      expect(c.population?.year, id).toBe(2010);
      expect(c.population?.source.title, id).toBe('Natural Earth populated places 4.1.0 (pop_max)');
    }
  });

  it('records BaltMet Inno membership', () => {
    const membership = Object.fromEntries(data.cities.map((c) => [c.id, c.membership]));
    expect(membership).toEqual({
      berlin: 'partner',
      copenhagen: 'partner',
      helsinki: 'lead-partner',
      malmo: 'partner',
      oslo: 'observer',
      riga: 'partner',
      'st-petersburg': 'partner',
      stockholm: 'partner',
      tallinn: 'partner',
      vilnius: 'observer',
      warsaw: 'observer',
      brussels: 'external',
      china: 'external',
    });
  });

  it('has the ten link types, labelled in five languages, each one used', () => {
    expect(data.linkTypes.map((t) => t.id)).toEqual([
      'strategic-partnership',
      'growth-triangle',
      'twin-city-region',
      'city-agreement',
      'transnational-cooperation',
      'cross-border-region',
      'twin-cities',
      'project-network',
      'political-branding',
      'markets',
    ]);
    const used = new Set([...data.links.map((l) => l.type), ...data.groups.map((g) => g.type)]);
    for (const t of data.linkTypes) {
      expect(Object.keys(t.label as object).sort(), t.id).toEqual(['de', 'en', 'fi', 'ru', 'sv']);
      expect(used.has(t.id), t.id).toBe(true);
    }
  });

  it('has the partnerships of the slides and the reference', () => {
    const link = (id: string) => data.links.find((l) => l.id === id);
    expect(link('helsinki-berlin-strategic')).toMatchObject({ source: 'helsinki', target: 'berlin' });
    expect(link('helsinki-stockholm-strategic')).toMatchObject({ source: 'helsinki', target: 'stockholm' });
    expect(link('helsinki-tallinn-euregio')).toMatchObject({ type: 'twin-city-region', since: 1999 });
    expect(link('helsinki-st-petersburg-agreement')).toMatchObject({ type: 'city-agreement', since: 1993 });
    expect(link('copenhagen-malmo-oresund')).toMatchObject({
      type: 'cross-border-region',
      since: 1993,
      verified: false,
    });
    expect(en(link('copenhagen-malmo-oresund')?.description)).toContain('July 2000');
    expect(link('berlin-warsaw-twin')).toMatchObject({ type: 'twin-cities', since: 1991 });
    expect(link('st-petersburg-helsinki-innoreg')).toMatchObject({
      source: 'st-petersburg',
      target: 'helsinki',
      type: 'transnational-cooperation',
      since: 2007,
      until: 2010,
    });
  });

  it('links each of the 11 metropolises to Brussels (branding) and to China (markets) as proposals', () => {
    for (const id of METROPOLISES) {
      const brussels = data.links.filter((l) => l.source === id && l.target === 'brussels');
      expect(
        brussels.map((l) => [l.type, l.status, l.since]),
        id,
      ).toEqual([['political-branding', 'proposed', undefined]]);
      expect(en(brussels[0]?.description)).toContain('recommendation for action');
      expect(brussels[0]?.sources).toEqual([{ title: 'Slides, Berlin 13 Nov 2007', slide: 8 }]);
      const markets = data.links.filter(
        (l) => l.source === id && l.target === 'china' && l.type === 'markets',
      );
      expect(
        markets.map((l) => [l.status, l.since]),
        id,
      ).toEqual([['proposed', undefined]]);
      expect(en(markets[0]?.description)).toContain('reverse China effect');
      expect(markets[0]?.sources).toEqual([{ title: 'Slides, Berlin 13 Nov 2007', slide: 9 }]);
    }
    // Exactly those 22 are proposed; nothing else is.
    const proposed = [...data.links, ...data.groups].filter((x) => x.status === 'proposed');
    expect(proposed).toHaveLength(22);
    expect(new Set(proposed.map((l) => l.type))).toEqual(new Set(['political-branding', 'markets']));
  });

  it('records the Berlin–Beijing twinning as an established link of its own', () => {
    const twin = data.links.find((l) => l.id === 'berlin-beijing-twin');
    expect(twin).toMatchObject({ source: 'berlin', target: 'china', type: 'twin-cities', since: 1994 });
    expect(twin?.status).toBeUndefined();
    expect(twin?.sources.map((s) => s.url)).toEqual(['https://www.berlin.de']);
    // Its source is a bare home page: unverified, and the note says so.
    expect(twin?.verified).toBe(false);
    expect(en(twin?.note)).toContain('home page');
  });

  it('has the three groups', () => {
    const group = (id: string) => data.groups.find((g) => g.id === id);
    expect(group('gulf-of-finland-triangle')).toMatchObject({
      name: { en: 'Gulf of Finland triangle', fi: 'Suomenlahden kolmio' },
      members: ['helsinki', 'tallinn', 'st-petersburg'],
      type: 'growth-triangle',
    });
    // 1999 is a seminar paper's region-level concept, not the three cities' partnership.
    expect(group('gulf-of-finland-triangle')?.since).toBeUndefined();
    expect(en(group('gulf-of-finland-triangle')?.note)).toContain('1999');
    expect(group('baltic-palette')).toMatchObject({
      members: ['stockholm', 'helsinki', 'tallinn', 'riga', 'st-petersburg'],
      type: 'project-network',
      since: 1997,
      verified: false,
    });
    expect(group('baltmet-invest')).toMatchObject({
      members: ['riga', 'tallinn', 'vilnius'],
      type: 'project-network',
      since: 2005,
      until: 2007,
    });
  });

  it('has the five action priorities, with Riga and Warsaw under science parks', () => {
    expect(data.priorities.map((p) => en(p.name))).toEqual([
      'Clusters and entrepreneurship',
      'Support for developing science parks',
      'Creative industries',
      'Development of creative city settings',
      'Innovative public procurement',
    ]);
    expect(data.priorities.find((p) => p.id === 'science-parks')?.cities).toEqual(['riga', 'warsaw']);
    for (const p of data.priorities.filter((p) => p.id !== 'science-parks')) expect(p.cities).toEqual([]);
  });

  it('tells the story in slide order', () => {
    expect(data.chapters.map((c) => c.id)).toEqual([
      'archipelago',
      'action-plan',
      'governance',
      'case-helsinki',
      'gulf-of-finland',
      'case-st-petersburg',
      'case-brussels',
      'case-china',
      'growth',
      'thank-you',
    ]);
    for (const c of data.chapters) {
      expect(en(c.title), c.id).toBeTruthy();
      expect(en(c.caption), c.id).toBeTruthy();
      expect(en(c.notes), c.id).toBeTruthy();
      expect(c.camera && 'bounds' in c.camera, c.id).toBe(true);
    }
    expect(data.chapters[1]?.filters?.priorities).toEqual(['science-parks']);
  });

  it('plays the growth of the network over the years its partnerships give, and no other', () => {
    const growth = data.chapters.find((c) => c.id === 'growth');
    const dated = [...data.links, ...data.groups].filter((e) => e.since !== undefined);
    const starts = dated.map((e) => e.since as number);
    expect(growth?.play).toEqual([Math.min(...starts), 2007]);
    // Every year played is one the data gives (the talk was in 2007); each of those dates is marked unverified.
    expect(starts.every((y) => y <= 2007)).toBe(true);
    for (const e of dated) expect(e.verified, e.id).not.toBe(true);
    expect(en(growth?.caption)).toContain('unverified');
  });

  it('has the source document in meta', () => {
    expect(data.meta.title).toBe('Baltic Sea Archipelago of Innovation');
    expect(data.meta.source).toEqual({
      title:
        'Recommendations for Political Action — Transnational Cluster Alliances – Connecting Neighbours in the Baltic Sea Region',
      author: 'Riikka Lahdensuo',
      organisation: 'City of Helsinki',
      date: '2007-11-13',
      place: 'Berlin',
      contact: 'riikka.lahdensuo@hel.fi',
      url: 'http://inno.baltmet.org',
    });
  });

  it('marks every unverified fact with a note', () => {
    const entries = [
      ...data.cities,
      ...data.links,
      ...data.groups,
      ...data.cities.flatMap((c) => (c.population ? [c.population] : [])),
    ];
    for (const entry of entries) {
      if (entry.verified === false) expect(en(entry.note), JSON.stringify(entry).slice(0, 80)).toBeTruthy();
    }
    expect(data.links.find((l) => l.id === 'copenhagen-malmo-oresund')?.verified).toBe(false);
    expect(data.groups.find((g) => g.id === 'baltic-palette')?.verified).toBe(false);
  });

  it('has no unsourced entry: the validator gives no warning', () => {
    const result = validateDataset(JSON.parse(text));
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('cites the slides by slide number, and a web source without an address says so', () => {
    const sources = [
      ...data.cities.flatMap((c) => c.sources ?? []),
      ...data.links.flatMap((l) => l.sources),
      ...data.groups.flatMap((g) => g.sources),
      ...data.priorities.flatMap((p) => p.sources ?? []),
    ];
    for (const source of sources) {
      if (/slides/i.test(source.title) && !/home page/.test(source.title)) {
        expect(source, JSON.stringify(source)).toEqual({
          title: 'Slides, Berlin 13 Nov 2007',
          slide: source.slide,
        });
        expect(source.slide).toBeGreaterThanOrEqual(1);
      } else if (source.url === undefined) {
        expect(source.title, JSON.stringify(source)).toMatch(/no address kept/);
      }
    }
    expect(formatSource({ title: 'Slides, Berlin 13 Nov 2007', slide: 6 })).toBe(
      'Slides, Berlin 13 Nov 2007, slide 6: Co-operation case Helsinki',
    );
  });

  it('shows as verified only what a slide or a specific addressed page confirms', () => {
    // Only the slides and Natural Earth's page support a claim; home pages and web pages without an
    // address do not. So every verified entry cites a slide.
    const entries = [...data.cities, ...data.links, ...data.groups, ...data.priorities];
    for (const entry of entries) {
      if (isVerified(entry)) {
        expect(
          (entry.sources ?? []).some((s) => s.slide !== undefined),
          entry.id,
        ).toBe(true);
      }
    }
    for (const c of data.cities) if (c.population) expect(isVerified(c.population), c.id).toBe(true);
  });

  it('mends what the review found', () => {
    const chapter = (id: string) => {
      const found = data.chapters.find((c) => c.id === id);
      if (!found) throw new Error(`no chapter ${id}`);
      return found;
    };
    // The slides' cases are Helsinki, St. Petersburg, Brussels and China; there is no Berlin case.
    expect(en(chapter('governance').notes)).not.toContain('Helsinki, Berlin and St. Petersburg');
    expect(en(chapter('governance').notes)).toContain('Helsinki, St. Petersburg, Brussels and China');
    // St. Petersburg: the Foundations (No. 881) and the programme (No. 42), unverified; no 10 bn.
    for (const t of [en(city('st-petersburg').note), en(chapter('case-st-petersburg').notes)]) {
      expect(t).toContain('No. 881 of 20.07.2007');
      expect(t).toContain('Foundations');
      expect(t).toContain('23.01.2008 (No. 42)');
      expect(t).toContain('for developing');
    }
    expect(city('st-petersburg').verified).toBe(false);
    expect(text).not.toMatch(/10 b(illio)?n|roubles/);
    // Stockholm: Kista dropped, the partners unverified.
    expect(en(city('stockholm').description)).not.toContain('Kista');
    expect(city('stockholm').verified).toBe(false);
    expect(en(city('stockholm').note)).toContain('Stockholm County Administrative Board');
    // No start year for the strategic partnerships.
    for (const id of ['helsinki-berlin-strategic', 'helsinki-stockholm-strategic']) {
      const link = data.links.find((l) => l.id === id);
      expect(link?.since, id).toBeUndefined();
      expect(en(link?.note), id).not.toContain('c. 2008');
      expect(en(link?.note), id).toContain('No start year is known');
    }
    expect(text).not.toContain('c. 2008');
    // Unsourced details of Berlin and Tallinn: dropped or marked.
    expect(en(city('berlin').description)).not.toContain('microsystems');
    expect(en(city('tallinn').description)).not.toContain('Archipelago of Innovation?');
    expect(city('berlin').verified).toBe(false);
    expect(city('tallinn').verified).toBe(false);
    // The four pillars and the seminar of 9 October 2007 are marked where they appear.
    for (const t of [
      en(data.meta.description),
      en(chapter('archipelago').notes),
      en(chapter('case-brussels').notes),
    ]) {
      expect(t).toMatch(/unverified/i);
    }
    expect(en(chapter('case-brussels').notes)).not.toContain('Pekka Sauri');
    // The Brussels and China captions speak of recommendations.
    expect(en(chapter('case-brussels').caption)).toContain('recommendation for action');
    expect(en(chapter('case-china').caption)).toContain('recommendation for action');
  });

  it('says what the population figures are', () => {
    expect(en(data.meta.population?.definition)).toContain('pop_max');
    expect(en(data.meta.population?.definition)).toContain('Malmö');
    expect(data.meta.population?.year).toBe(2010);
    expect(data.meta.population?.source.title).toBe('Natural Earth populated places 4.1.0 (pop_max)');
    for (const lang of ['fi', 'sv', 'de', 'ru']) {
      expect(((data.meta.population?.definition ?? {}) as Record<string, string>)[lang], lang).toBeTruthy();
    }
  });

  // Everything the slides say, word for word (grep-like).
  it.each([
    'Recommendations for Political Action',
    'Transnational Cluster Alliances – Connecting Neighbours in the Baltic Sea Region',
    'Riikka Lahdensuo',
    'City of Helsinki',
    'Project part-financed by the European Union',
    'BaltMet Inno as the Flagship project of BaltMet Network',
    'From innovation strategy co-operation towards innovation policy implementation',
    'support of Mayors from 11 Baltic Metropolises',
    "BaltMet Mayors' Meeting in Tallinn 6 Nov",
    'Baltic Sea Archipelago of Innovation introduced as a framework',
    'BaltMet Action Plan 2008-2010',
    'innovation promotion as the primary focus of the future action',
    'concrete steps towards innovation policy implementation will be taken under five priority areas',
    'Concrete projects for innovation promotion',
    'Clusters and entrepreneurship',
    'Support for developing science parks (eg. Riga, Warsaw)',
    'Creative industries',
    'Development of creative city settings',
    'Innovative public procurement',
    'Future prospects for Innovation Strategy Governance',
    'to strengthen coordination and exchange of knowledge and expertise between Baltic Metropolises in preparing local innovation and related strategies',
    'The challenge at all levels (local, regional, national, transnational): to improve governance of, and coordination between various strategies',
    'BSR focused, “transnationally complementary” elements to be included in forthcoming local and regional innovation and entrepreneurship strategies (what, with whom, how etc.)',
    'A stronger foundation for future joint efforts in the field of innovation and for the realisation of the “Baltic Sea Archipelago of Innovation” vision',
    'Co-operation case Helsinki',
    'The Helsinki Metropolitan Area Competitiveness Strategy shall be coordinated with the National Innovation Strategy (both under making) and include elements of transnational co-operation',
    'The Helsinki International Strategy stresses the co-operation with the Gulf of Finland as well as strategic partnerships with the Cities of Berlin and Stockholm',
    'Suomenlahden kolmio',
    'Co-operation case St. Petersburg',
    'Transnational co-operation for developing the St. Petersburg Innovation Programme 2008-2011 (within the SPb InnoReg Tacis project)',
    'Co-operation case Brussels',
    'Golden opportunity and urgent need for political branding of the “Baltic Sea Archipelago of Innovation”',
    'Co-operation case China',
    'Utilizing jointly the markets in China – and benefiting from the “reverse China effect” in the BSR',
    'Thank You!',
    'riikka.lahdensuo@hel.fi',
    'http://inno.baltmet.org',
  ])('contains the slide text %j', (phrase) => {
    expect(english).toContain(phrase);
  });

  it.each([
    'St. Petersburg Innovation Programme 2008-2011',
    'InnoReg',
    'Action Plan 2008-2010',
    'Tallinn 6 Nov',
    'reverse China effect',
    'Suomenlahden kolmio',
    'riikka.lahdensuo@hel.fi',
    'http://inno.baltmet.org',
    'Boosting Innovation through Metropolitan Partnership',
    'Interreg IIIB',
    '€2.6 million',
    'polycentric and diversified innovation archipelago',
  ])('contains the fact %j in the file', (phrase) => {
    expect(text).toContain(phrase);
  });

  it('lists the strategies of the slides', () => {
    const strategies = (id: string) => (city(id).strategies ?? []).map(en).join('\n').toLowerCase();
    expect(strategies('helsinki')).toContain('helsinki metropolitan area competitiveness strategy');
    expect(strategies('helsinki')).toContain('national innovation strategy');
    expect(strategies('helsinki')).toContain('helsinki international strategy');
    expect(strategies('st-petersburg')).toContain('st. petersburg innovation programme 2008-2011');
    expect(strategies('riga')).toContain('local innovation strategy');
    expect(strategies('tallinn')).toContain('local innovation strategy');
    expect(strategies('berlin')).toContain('innovation strategy');
  });
});
