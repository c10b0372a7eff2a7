import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/data/filters';
import {
  canonicalView,
  DEFAULT_VIEW,
  decodeHash,
  encodeHash,
  type KnownIds,
  MAX_ID_LENGTH,
  METRICS,
  type ViewState,
} from '../../src/embed/hash-state';

const view = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...over });
const filters = (over: Partial<ViewState['filters']>): ViewState['filters'] => ({ ...NO_FILTERS, ...over });

const EXAMPLE: ViewState = {
  selected: 'helsinki',
  link: null,
  filters: {
    hiddenTypes: ['markets', 'political-branding'],
    hiddenGroups: [],
    priority: 'science-parks',
    years: [1990, 2008],
    proposed: true,
  },
  metric: 'degree',
  path: ['berlin', 'tallinn'],
  camera: { center: [24.94, 60.17], zoom: 6.2, bearing: 0 },
};
const EXAMPLE_HASH =
  '#city=helsinki&hide=markets,political-branding&prio=science-parks&years=1990-2008&metric=degree&path=berlin,tallinn&at=24.94,60.17,6.2,0';

const KNOWN: KnownIds = {
  cities: ['berlin', 'helsinki', 'tallinn', 'riga'],
  links: ['helsinki-tallinn-euregio'],
  linkTypes: ['markets', 'political-branding'],
  groups: ['baltic-palette'],
  priorities: ['science-parks'],
};

describe('encodeHash', () => {
  it('is empty for the default state', () => {
    expect(encodeHash(DEFAULT_VIEW)).toBe('');
    expect(encodeHash(view({ filters: filters({}) }))).toBe('');
  });

  it('writes the documented example, keys in a fixed order', () => {
    expect(encodeHash(EXAMPLE)).toBe(EXAMPLE_HASH);
  });

  it('writes every key, in order', () => {
    const all: ViewState = {
      ...EXAMPLE,
      link: 'helsinki-tallinn-euregio',
      filters: { ...EXAMPLE.filters, hiddenGroups: ['baltic-palette', 'baltmet-invest'], proposed: false },
      metric: 'betweenness',
    };
    expect(encodeHash(all)).toBe(
      '#city=helsinki&link=helsinki-tallinn-euregio&hide=markets,political-branding' +
        '&hidegroups=baltic-palette,baltmet-invest&prio=science-parks&years=1990-2008&proposed=hide' +
        '&metric=betweenness&path=berlin,tallinn&at=24.94,60.17,6.2,0',
    );
    expect(decodeHash(encodeHash(all))).toEqual(all);
  });

  it('writes single parts', () => {
    expect(encodeHash(view({ selected: 'riga' }))).toBe('#city=riga');
    expect(encodeHash(view({ metric: 'degree' }))).toBe('#metric=degree');
    expect(encodeHash(view({ filters: filters({ years: [2007, 2007] }) }))).toBe('#years=2007');
    expect(encodeHash(view({ filters: filters({ proposed: false }) }))).toBe('#proposed=hide');
    expect(encodeHash(view({ filters: filters({ proposed: true }) }))).toBe('');
    expect(encodeHash(view({ filters: filters({ years: [-50, 10] }) }))).toBe('#years=-50-10');
    expect(encodeHash(view({ camera: { center: [-0, 0], zoom: 0, bearing: 0 } }))).toBe('#at=0,0,0,0');
  });

  it('percent-encodes ids where needed', () => {
    expect(encodeHash(view({ selected: 'a,b&c=d#e%f g' }))).toBe('#city=a%2Cb%26c%3Dd%23e%25f%20g');
    expect(encodeHash(view({ path: ['x,y', 'åbo'] }))).toBe('#path=x%2Cy,%C3%A5bo');
  });

  it('rounds the camera and normalises the bearing', () => {
    expect(
      encodeHash(view({ camera: { center: [24.123456, 60.987654], zoom: 6.789, bearing: 12.345 } })),
    ).toBe('#at=24.1235,60.9877,6.79,12.35');
    expect(encodeHash(view({ camera: { center: [1, 2], zoom: 3, bearing: -90 } }))).toBe('#at=1,2,3,270');
    expect(encodeHash(view({ camera: { center: [1, 2], zoom: 3, bearing: 359.999 } }))).toBe('#at=1,2,3,0');
  });

  it('drops invalid parts instead of writing them', () => {
    expect(encodeHash(view({ selected: '' }))).toBe('');
    expect(encodeHash(view({ path: ['a', 'a'] }))).toBe('');
    expect(encodeHash(view({ camera: { center: [200, 0], zoom: 1, bearing: 0 } }))).toBe('');
    expect(encodeHash(view({ filters: filters({ years: [1990.5, 2000] }) }))).toBe('');
    expect(encodeHash(view({ selected: '\uD800' }))).toBe('');
    expect(encodeHash(view({ filters: filters({ hiddenTypes: ['a', 'b', 'a'] }) }))).toBe('#hide=a,b');
  });
});

describe('proposed=hide', () => {
  it('hides proposals; any other value, or none, shows them', () => {
    expect(decodeHash('#proposed=hide').filters.proposed).toBe(false);
    expect(decodeHash('#city=riga&proposed=hide').filters).toEqual(filters({ proposed: false }));
    for (const hash of [
      '',
      '#proposed=',
      '#proposed=show',
      '#proposed=HIDE',
      '#proposed',
      '#proposed=hide,x',
    ]) {
      expect(decodeHash(hash).filters.proposed, hash).toBe(true);
    }
    // The first of repeated keys counts.
    expect(decodeHash('#proposed=show&proposed=hide').filters.proposed).toBe(true);
  });

  it('canonicalView keeps only false as false', () => {
    const odd = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, proposed: 'no' as unknown as boolean } };
    expect(canonicalView(odd).filters.proposed).toBe(true);
    expect(canonicalView(view({ filters: filters({ proposed: false }) })).filters.proposed).toBe(false);
  });
});

describe('decodeHash', () => {
  it('reads the documented example', () => {
    expect(decodeHash(EXAMPLE_HASH)).toEqual(EXAMPLE);
    expect(decodeHash(EXAMPLE_HASH, KNOWN)).toEqual(EXAMPLE);
    expect(decodeHash(EXAMPLE_HASH.slice(1))).toEqual(EXAMPLE); // without '#'
  });

  it('gives the default for empty hashes', () => {
    expect(decodeHash('')).toEqual(DEFAULT_VIEW);
    expect(decodeHash('#')).toEqual(DEFAULT_VIEW);
  });

  it('returns fresh objects, never DEFAULT_VIEW itself', () => {
    const v = decodeHash('');
    expect(v).not.toBe(DEFAULT_VIEW);
    v.filters.hiddenTypes.push('x');
    expect(DEFAULT_VIEW.filters.hiddenTypes).toEqual([]);
  });

  it('reads percent-encoded ids', () => {
    expect(decodeHash('#city=a%2Cb%26c%3Dd%23e%25f%20g').selected).toBe('a,b&c=d#e%f g');
    expect(decodeHash('#path=x%2Cy,%C3%A5bo').path).toEqual(['x,y', 'åbo']);
  });

  it('reads a single year, a reversed range and negative years', () => {
    expect(decodeHash('#years=2007').filters.years).toEqual([2007, 2007]);
    expect(decodeHash('#years=2008-1990').filters.years).toEqual([1990, 2008]);
    expect(decodeHash('#years=-50-10').filters.years).toEqual([-50, 10]);
  });

  it('reads a camera without bearing, rounds and normalises it', () => {
    expect(decodeHash('#at=24.94,60.17,6.2').camera).toEqual({
      center: [24.94, 60.17],
      zoom: 6.2,
      bearing: 0,
    });
    expect(decodeHash('#at=24.123456,60.987654,6.789,12.345').camera).toEqual({
      center: [24.1235, 60.9877],
      zoom: 6.79,
      bearing: 12.35,
    });
    expect(decodeHash('#at=0,0,0,370').camera?.bearing).toBe(10);
    expect(decodeHash('#at=0,0,0,-90').camera?.bearing).toBe(270);
    expect(decodeHash('#at=0,0,0,720').camera?.bearing).toBe(0);
    expect(decodeHash('#at=-0.00001,-0,0,359.999').camera).toEqual({ center: [0, 0], zoom: 0, bearing: 0 });
    expect(decodeHash('#at=180,-90,22,0').camera).toEqual({ center: [180, -90], zoom: 22, bearing: 0 });
  });

  describe('falls back part by part', () => {
    const rest = '&metric=degree';
    const cases: [string, string, (v: ViewState) => unknown, unknown][] = [
      ['bad camera numbers', '#at=abc,1,2,3', (v) => v.camera, null],
      ['camera Infinity', '#at=Infinity,1,2,3', (v) => v.camera, null],
      ['camera NaN', '#at=NaN,1,2,3', (v) => v.camera, null],
      ['camera hex', '#at=0x10,1,2,3', (v) => v.camera, null],
      ['camera exponent', '#at=1e1,1,2,3', (v) => v.camera, null],
      ['camera empty number', '#at=,1,2,3', (v) => v.camera, null],
      ['camera spaces', '#at=%201,1,2,3', (v) => v.camera, null],
      ['camera too few numbers', '#at=1,2', (v) => v.camera, null],
      ['camera too many numbers', '#at=1,2,3,4,5', (v) => v.camera, null],
      ['longitude > 180', '#at=180.1,0,1,0', (v) => v.camera, null],
      ['longitude < -180', '#at=-181,0,1,0', (v) => v.camera, null],
      ['latitude > 90', '#at=0,90.5,1,0', (v) => v.camera, null],
      ['latitude < -90', '#at=0,-91,1,0', (v) => v.camera, null],
      ['zoom > 22', '#at=0,0,22.01,0', (v) => v.camera, null],
      ['zoom < 0', '#at=0,0,-1,0', (v) => v.camera, null],
      ['bad bearing', '#at=0,0,1,north', (v) => v.camera, null],
      ['years garbage', '#years=abc', (v) => v.filters.years, null],
      ['years fraction', '#years=1990.5-2000', (v) => v.filters.years, null],
      ['years out of range', '#years=99999', (v) => v.filters.years, null],
      ['years open-ended', '#years=1990-', (v) => v.filters.years, null],
      ['years three parts', '#years=1990-2000-2010', (v) => v.filters.years, null],
      ['unknown metric', '#metric=foo', (v) => v.metric, 'population'],
      ['metric case', '#metric=Degree', (v) => v.metric, 'population'],
      ['path of one', '#path=berlin', (v) => v.path, null],
      ['path of three', '#path=berlin,riga,tallinn', (v) => v.path, null],
      ['path to itself', '#path=berlin,berlin', (v) => v.path, null],
      ['path with an empty end', '#path=berlin,', (v) => v.path, null],
      ['empty city', '#city=', (v) => v.selected, null],
      ['broken percent-encoding', '#city=%E0%A4%A', (v) => v.selected, null],
      ['lone surrogate', '#city=%ED%A0%80', (v) => v.selected, null],
      ['broken item in a list', '#hide=%ZZ,markets,,markets', (v) => v.filters.hiddenTypes, ['markets']],
      ['broken path end', '#path=berlin,%', (v) => v.path, null],
      ['too long an id', `#city=${'a'.repeat(MAX_ID_LENGTH + 1)}`, (v) => v.selected, null],
      ['unknown key', '#zoom=5&foo=bar', (v) => v, DEFAULT_VIEW],
      ['broken key', '#%ZZ=1', (v) => v, DEFAULT_VIEW],
      ['garbage', '#&&&===&=&city', (v) => v, DEFAULT_VIEW],
    ];
    for (const [name, hash, pick, expected] of cases) {
      it(name, () => {
        expect(pick(decodeHash(hash))).toEqual(expected);
        // The other parts still apply.
        if (!hash.includes('metric=')) expect(decodeHash(hash + rest).metric).toBe('degree');
      });
    }
  });

  it('keeps the first of repeated keys', () => {
    expect(decodeHash('#city=riga&city=berlin').selected).toBe('riga');
  });

  it('drops ids not in the known lists, keeping the rest', () => {
    const hash =
      '#city=nowhere&link=nolink&hide=markets,bogus&hidegroups=baltic-palette,nogroup&prio=nope' +
      '&path=berlin,atlantis&metric=degree';
    expect(decodeHash(hash, KNOWN)).toEqual(
      view({
        metric: 'degree',
        filters: filters({ hiddenTypes: ['markets'], hiddenGroups: ['baltic-palette'] }),
      }),
    );
    expect(decodeHash('#city=riga&link=helsinki-tallinn-euregio&path=riga,berlin', KNOWN)).toMatchObject({
      selected: 'riga',
      link: 'helsinki-tallinn-euregio',
      path: ['riga', 'berlin'],
    });
    // An empty list knows nothing; an absent list accepts any valid id.
    expect(decodeHash('#city=riga', { cities: [] }).selected).toBeNull();
    expect(decodeHash('#city=riga', { links: [] }).selected).toBe('riga');
  });

  it('survives 100 KB hashes', () => {
    const big = 100 * 1024;
    expect(decodeHash(`#${'x'.repeat(big)}`)).toEqual(DEFAULT_VIEW);
    expect(decodeHash(`#city=${'a'.repeat(big)}`).selected).toBeNull();
    expect(decodeHash(`#hide=${'a,'.repeat(big / 2)}`).filters.hiddenTypes).toEqual(['a']);
    expect(decodeHash(`#at=${'1'.repeat(big)},0,0,0`).camera).toBeNull();
    expect(decodeHash(`#years=${'9'.repeat(big)}`).filters.years).toBeNull();
    expect(decodeHash('%'.repeat(big))).toEqual(DEFAULT_VIEW);
    expect(decodeHash('&'.repeat(big))).toEqual(DEFAULT_VIEW);
  });

  it('survives values that are not strings', () => {
    expect(decodeHash(undefined as unknown as string)).toEqual(DEFAULT_VIEW);
    expect(decodeHash(42 as unknown as string)).toEqual(DEFAULT_VIEW);
    // A known "list" that is not an array is ignored.
    expect(decodeHash('#city=riga', { cities: 'riga' as unknown as string[] }).selected).toBe('riga');
    expect(decodeHash('#hide=r', { linkTypes: 'riga' as unknown as string[] }).filters.hiddenTypes).toEqual([
      'r',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0;

/** Ids: mostly dataset-like, sometimes any well-formed Unicode (to exercise percent-encoding). */
const idArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const yearArb = fc.integer({ min: -9999, max: 9999 });

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(idArb, { nil: null }),
  link: fc.option(idArb, { nil: null }),
  filters: fc.record({
    hiddenTypes: fc.uniqueArray(idArb, { maxLength: 6 }),
    hiddenGroups: fc.uniqueArray(idArb, { maxLength: 6 }),
    priority: fc.option(idArb, { nil: null }),
    years: fc.option(
      fc.tuple(yearArb, yearArb).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
      { nil: null },
    ),
    proposed: fc.boolean(),
  }),
  metric: fc.constantFrom(...METRICS),
  path: fc.option(
    fc.uniqueArray(idArb, { minLength: 2, maxLength: 2 }).map((p) => p as [string, string]),
    { nil: null },
  ),
  camera: fc.option(
    fc.record({
      center: fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      bearing: fc.double({ min: 0, max: 360, maxExcluded: true, noNaN: true }),
    }),
    { nil: null },
  ),
});

/** The state with its camera rounded as documented (4 decimals lon/lat, 2 zoom/bearing). */
function rounded(s: ViewState): ViewState {
  if (!s.camera) return s;
  const b = round(s.camera.bearing, 2);
  return {
    ...s,
    camera: {
      center: [round(s.camera.center[0], 4), round(s.camera.center[1], 4)],
      zoom: round(s.camera.zoom, 2),
      bearing: b === 360 ? 0 : b,
    },
  };
}

describe('properties', () => {
  it('round trip: decodeHash(encodeHash(s)) equals s, camera rounded', () => {
    fc.assert(
      fc.property(viewArb, (s) => {
        const hash = encodeHash(s);
        expect(decodeHash(hash)).toEqual(rounded(s));
        expect(encodeHash(decodeHash(hash))).toBe(hash);
        expect(canonicalView(s)).toEqual(rounded(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('round trip with known lists that contain every id', () => {
    fc.assert(
      fc.property(viewArb, (s) => {
        const known: KnownIds = {
          cities: [s.selected, ...(s.path ?? [])].filter((x): x is string => x !== null),
          links: s.link === null ? [] : [s.link],
          linkTypes: s.filters.hiddenTypes,
          groups: s.filters.hiddenGroups,
          priorities: s.filters.priority === null ? [] : [s.filters.priority],
        };
        expect(decodeHash(encodeHash(s), known)).toEqual(rounded(s));
      }),
      { numRuns: 500 },
    );
  });

  it('the hash is short and safe: no characters beyond the URL-safe set', () => {
    fc.assert(
      fc.property(viewArb, (s) => {
        expect(encodeHash(s)).toMatch(/^(#[A-Za-z0-9\-_.!~*'()%,=&]+)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it('decodeHash never throws on arbitrary strings and always returns a canonical state', () => {
    const keys = ['city', 'link', 'hide', 'hidegroups', 'prio', 'years', 'metric', 'path', 'at', 'x', ''];
    const hashLike = fc
      .array(
        fc.tuple(
          fc.constantFrom(...keys),
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-0-9.,%a-fA-F]*$/)),
        ),
        { maxLength: 8 },
      )
      .map((parts) => `#${parts.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hashLike), (hash) => {
        const v = decodeHash(hash);
        expect(canonicalView(v)).toEqual(v);
      }),
      { numRuns: 10_000 },
    );
  });
});
