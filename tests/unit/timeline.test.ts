import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS, yearExtent } from '../../src/data/filters';
import type { Dataset } from '../../src/data/schema';
import {
  nextYear,
  partnershipName,
  sliderYear,
  startHistogram,
  yearAnnouncement,
  yearChange,
} from '../../src/data/timeline';
import { shipped } from './shipped';

const years = (y: number) => ({ ...NO_FILTERS, years: [y, y] as [number, number] });

/** Links and groups active in each year of the shipped data, counted by hand from their since/until. */
const ACTIVE: Record<number, number> = {
  1990: 0,
  1991: 1, // Berlin–Warsaw
  1992: 1,
  1993: 3, // + Helsinki–St. Petersburg, Øresund
  1994: 4, // + Berlin–Beijing
  1995: 4,
  1996: 4,
  1997: 5, // + Baltic Palette
  1998: 5,
  1999: 6, // + Helsinki–Tallinn Euregio
  2000: 6,
  2001: 6,
  2002: 6,
  2003: 6,
  2004: 6,
  2005: 7, // + BaltMet Invest (2005–2007)
  2006: 7,
  2007: 8, // + SPb InnoReg (2007–2010)
  2008: 7, // − BaltMet Invest
  2009: 7,
  2010: 7,
  2011: 6, // − SPb InnoReg
};

describe('active partnerships, year by year, in the shipped data', () => {
  it('spans 1991 (the first since) to 2010 (the last until)', () => {
    expect(yearExtent(shipped)).toEqual([1991, 2010]);
  });

  for (const [year, count] of Object.entries(ACTIVE).map(([y, n]) => [Number(y), n] as const)) {
    it(`${year}: ${count} active, as the rule says`, () => {
      const r = applyFilters(shipped, years(year));
      expect(r.counts.links + r.counts.groups).toBe(count);
      // The rule written out again: since ≤ Y and (no until or until ≥ Y).
      const byRule = [...shipped.links, ...shipped.groups].filter(
        (e) => e.since !== undefined && e.since <= year && (e.until === undefined || e.until >= year),
      );
      expect(byRule.map((e) => e.id).sort()).toEqual([...r.links, ...r.groups].sort());
      expect(yearChange(shipped, NO_FILTERS, null, year).active).toBe(count);
    });
  }

  it('a range counts what was active at any time in it', () => {
    const r = applyFilters(shipped, { ...NO_FILTERS, years: [2008, 2011] });
    expect(r.groups.has('baltmet-invest')).toBe(false);
    expect(r.links.has('st-petersburg-helsinki-innoreg')).toBe(true);
    expect(applyFilters(shipped, { ...NO_FILTERS, years: [2006, 2008] }).groups.has('baltmet-invest')).toBe(
      true,
    );
  });
});

describe('startHistogram', () => {
  it('counts starts per year, established and proposed apart, with empty years', () => {
    const bins = startHistogram(shipped, [1990, 1994]);
    expect(bins).toEqual([
      { year: 1990, established: 0, proposed: 0 },
      { year: 1991, established: 1, proposed: 0 },
      { year: 1992, established: 0, proposed: 0 },
      { year: 1993, established: 2, proposed: 0 },
      { year: 1994, established: 1, proposed: 0 },
    ]);
    expect(startHistogram(shipped, null)).toEqual([]);
  });

  it('keeps proposals apart', () => {
    const data = {
      links: [
        { ...shipped.links[0]!, since: 2000, status: 'proposed' as const },
        { ...shipped.links[1]!, since: 2000 },
      ],
      groups: [],
    };
    expect(startHistogram(data, [2000, 2000])).toEqual([{ year: 2000, established: 1, proposed: 1 }]);
  });
});

describe('yearAnnouncement', () => {
  it('names what begins and says how many are active', () => {
    expect(yearAnnouncement(shipped, NO_FILTERS, 1992, 1993, 'en')).toBe(
      '1993: Helsinki–St. Petersburg co-operation agreement begins; Øresund region begins; 3 partnerships active',
    );
    expect(yearAnnouncement(shipped, NO_FILTERS, 1993, 1994, 'en')).toBe(
      '1994: Berlin–Beijing partnership begins; 4 partnerships active',
    );
  });

  it('names what ends', () => {
    expect(yearAnnouncement(shipped, NO_FILTERS, 2007, 2008, 'en')).toBe(
      '2008: BaltMet Invest ends; 7 partnerships active',
    );
  });

  it('says only the count when nothing changes, and follows the other filters', () => {
    expect(yearAnnouncement(shipped, NO_FILTERS, 1995, 1996, 'en')).toBe('1996: 4 partnerships active');
    const noTwins = { ...NO_FILTERS, hiddenTypes: ['twin-cities'] };
    expect(yearAnnouncement(shipped, noTwins, 1993, 1994, 'en')).toBe('1994: 2 partnerships active');
  });

  it('names at most three changes, then "and n more"', () => {
    expect(yearAnnouncement(shipped, NO_FILTERS, 1990, 2000, 'en')).toBe(
      '2000: Helsinki–Tallinn Euregio begins; Helsinki–St. Petersburg co-operation agreement begins; Øresund region begins; and 3 more; 6 partnerships active',
    );
  });

  it('speaks the interface language', () => {
    expect(yearAnnouncement(shipped, NO_FILTERS, 2007, 2008, 'fi')).toBe(
      '2008: BaltMet Invest päättyy; 7 kumppanuutta voimassa',
    );
  });

  it('names an untitled link by its ends and type', () => {
    const data: Dataset = {
      ...shipped,
      links: [{ ...shipped.links.find((l) => l.id === 'berlin-warsaw-twin')!, title: undefined }],
    };
    expect(partnershipName(data, { kind: 'link', id: 'berlin-warsaw-twin' }, 'en')).toBe(
      'Berlin–Warsaw twin cities',
    );
  });
});

describe('slider keys and playing', () => {
  it('moves a year, five years, or to an end, inside the extent', () => {
    const extent: [number, number] = [1991, 2010];
    expect(sliderYear('year-up', 2000, extent)).toBe(2001);
    expect(sliderYear('year-down', 2000, extent)).toBe(1999);
    expect(sliderYear('year-page-up', 2008, extent)).toBe(2010);
    expect(sliderYear('year-page-down', 2000, extent)).toBe(1995);
    expect(sliderYear('year-first', 2000, extent)).toBe(1991);
    expect(sliderYear('year-last', 2000, extent)).toBe(2010);
    expect(sliderYear('year-up', 1985, extent)).toBe(1991);
  });

  it('plays from the first year to the last, then stops', () => {
    expect(nextYear(null, [1991, 1993])).toBe(1991);
    expect(nextYear(1991, [1991, 1993])).toBe(1992);
    expect(nextYear(1993, [1991, 1993])).toBeNull();
    expect(nextYear(1985, [1991, 1993])).toBe(1991);
  });
});
