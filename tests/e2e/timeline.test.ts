import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { axeViolations } from './a11y-checks';
import { baseURL, openPage, type Watched, waitReady } from './harness';

type Entry = { id: string; since?: number; until?: number; status?: string };
const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8')) as {
  links: Entry[];
  groups: Entry[];
  chapters: { id: string; play?: [number, number] }[];
};
/** Links active in [from, to] by the rule, written out again here. */
const activeLinks = (from: number, to: number) =>
  shipped.links.filter(
    (l) => l.since !== undefined && l.since <= to && (l.until === undefined || l.until >= from),
  ).length;

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function app(path = 'index.html', reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<Page> {
  open = await openPage({ reducedMotion });
  await open.page.goto(`${baseURL}${path}`);
  await waitReady(open.page);
  return open.page;
}

const host = (page: Page) => page.locator('archipelago-map');
const inMap = (page: Page, selector: string) => page.locator(`archipelago-map ${selector}`);
const inTimeline = (page: Page, selector: string) =>
  page.locator(`archipelago-map archipelago-timeline ${selector}`);
const handle = (page: Page, which = 'year') => inTimeline(page, `[data-handle="${which}"]`);
const valueNow = (page: Page, which = 'year') => handle(page, which).getAttribute('aria-valuenow');
const liveRegion = (page: Page) => inMap(page, '[aria-live="polite"]').textContent();
const hash = (page: Page) => page.evaluate(() => location.hash);
const bigYear = (page: Page) => inMap(page, '[data-big-year]').textContent();

function visibleLinkCount(page: Page) {
  return page.evaluate(
    () =>
      [
        ...(document.querySelector('archipelago-map')?.shadowRoot?.querySelectorAll('[data-link]') ?? []),
      ].filter((el) => !el.hasAttribute('hidden')).length,
  );
}

describe('the timeline slider', () => {
  it('moves by keyboard: arrows, PageUp/PageDown, Home/End; links, counts, hash and the announcement follow', async () => {
    const page = await app();
    const year = handle(page);
    await year.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => valueNow(page)).toBe('1991');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(1991, 1991));
    await expect.poll(() => hash(page)).toContain('years=1991');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => valueNow(page)).toBe('1993');
    await expect
      .poll(() => liveRegion(page))
      .toBe(
        '1993: Helsinki–St. Petersburg co-operation agreement begins; Øresund region begins; 3 partnerships active',
      );
    await expect.poll(() => visibleLinkCount(page)).toBe(3);
    await page.keyboard.press('PageUp');
    await expect.poll(() => valueNow(page)).toBe('1998');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => valueNow(page)).toBe('1992');
    await page.keyboard.press('End');
    await expect.poll(() => valueNow(page)).toBe('2010');
    await expect
      .poll(() => inTimeline(page, '[data-timeline-counts]').textContent())
      .toContain(`${activeLinks(2010, 2010)} links`);
    // The slider keeps its keys: the map's own arrow keys do not move the focus away.
    expect(await year.evaluate((el) => el.matches(':focus'))).toBe(true);
    await inTimeline(page, '[data-all]').click();
    await expect.poll(() => visibleLinkCount(page)).toBe(shipped.links.length);
    expect(await hash(page)).not.toContain('years=');
  });

  it('moves by pointer: a click on a year of the histogram, and a drag', async () => {
    const page = await app();
    const track = inTimeline(page, '.track');
    const box = (await track.boundingBox())!;
    const n = 2010 - 1991 + 1;
    const xOf = (year: number) => box.x + ((year - 1991 + 0.5) / n) * box.width;
    await page.mouse.click(xOf(1999), box.y + box.height / 2);
    await expect.poll(() => valueNow(page)).toBe('1999');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(1999, 1999));
    await page.mouse.move(xOf(1999), box.y + 10);
    await page.mouse.down();
    await page.mouse.move(xOf(2003), box.y + 10, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => valueNow(page)).toBe('2003');
  });

  it('has a range mode with two handles, which replaces the legend year fields', async () => {
    const page = await app();
    expect(await inMap(page, '[data-year]').count()).toBe(0);
    await inTimeline(page, '[data-range]').check();
    await expect.poll(() => valueNow(page, 'from')).toBe('1991');
    await handle(page, 'to').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => hash(page)).toContain('years=1991-2005');
    await handle(page, 'from').focus();
    await page.keyboard.press('End');
    // The from handle stops at the to handle.
    await expect.poll(() => valueNow(page, 'from')).toBe('2005');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(2005, 2005));
    // The legend says what a year hides for want of a start year.
    await expect.poll(() => inMap(page, '[data-undated]').textContent()).toContain('25 partnerships');
  });
});

describe('play, pause and step', () => {
  it('plays year by year with the year in large type, pauses, and steps', async () => {
    const page = await app('index.html', 'no-preference');
    await handle(page).focus();
    await page.keyboard.press('Home');
    await inTimeline(page, '[data-play]').click();
    await expect.poll(() => inTimeline(page, '[data-play]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => inMap(page, '.frame').getAttribute('data-playing')).toBe('');
    // It plays on by itself: the year moves past 1992 with no key pressed.
    await expect.poll(async () => Number(await bigYear(page)), { timeout: 15_000 }).toBeGreaterThan(1992);
    // Links fade in and out while playing, as the motion preference allows.
    const link = inMap(page, '[data-link="berlin-warsaw-twin"]');
    expect(await link.evaluate((el) => getComputedStyle(el).transitionDuration)).toContain('0.4s');
    await inTimeline(page, '[data-play]').click();
    await expect.poll(() => inTimeline(page, '[data-play]').getAttribute('aria-pressed')).toBe('false');
    expect(await inMap(page, '[data-big-year]').count()).toBe(0);
    const paused = Number(await valueNow(page));
    await inTimeline(page, '[data-step="1"]').click();
    await expect.poll(() => valueNow(page)).toBe(String(paused + 1));
    await inTimeline(page, '[data-step="-1"]').click();
    await inTimeline(page, '[data-step="-1"]').click();
    await expect.poll(() => valueNow(page)).toBe(String(paused - 1));
  });

  it('plays to the last year and stops there; play again starts from the first', async () => {
    const page = await app();
    await handle(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await inTimeline(page, '[data-speed]').selectOption('0.5');
    await inTimeline(page, '[data-play]').click();
    await expect.poll(() => valueNow(page), { timeout: 10_000 }).toBe('2010');
    await expect.poll(() => inTimeline(page, '[data-play]').getAttribute('aria-pressed')).toBe('false');
    await inTimeline(page, '[data-play]').click();
    await expect.poll(() => bigYear(page)).toBe('1991');
  });

  it('under reduced motion steps without animation', async () => {
    const page = await app('index.html', 'reduce');
    await inTimeline(page, '[data-play]').click();
    await expect.poll(() => inMap(page, '.frame').getAttribute('data-playing')).toBe('');
    const link = inMap(page, '[data-link="berlin-warsaw-twin"]');
    expect(await link.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await expect.poll(() => bigYear(page)).toMatch(/^\d{4}$/);
  });
});

describe('state from outside', () => {
  it('keeps the hash form both ways: years=1999 and years=1991-2007', async () => {
    const page = await app('index.html#years=1999');
    await expect.poll(() => valueNow(page)).toBe('1999');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(1999, 1999));
    await handle(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hash(page)).toContain('years=2000');
    await page.goto(`${baseURL}index.html#years=1991-2007`);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => inTimeline(page, '[data-range]').isChecked()).toBe(true);
    expect(await valueNow(page, 'from')).toBe('1991');
    expect(await valueNow(page, 'to')).toBe('2007');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(1991, 2007));
  });

  it('follows the year attribute; removing it clears; text is ignored with a warning; 1985 is empty', async () => {
    const page = await app();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await host(page).evaluate((el) => el.setAttribute('year', '1993'));
    await expect.poll(() => visibleLinkCount(page)).toBe(3);
    await expect.poll(() => valueNow(page)).toBe('1993');
    await host(page).evaluate((el) => el.setAttribute('year', 'soon'));
    await expect.poll(() => warnings.join('\n')).toContain('year="soon"');
    expect(await visibleLinkCount(page)).toBe(3);
    await host(page).evaluate((el) => el.setAttribute('year', '1999.5'));
    await expect.poll(() => warnings.length).toBe(2);
    await host(page).evaluate((el) => el.removeAttribute('year'));
    await expect.poll(() => visibleLinkCount(page)).toBe(shipped.links.length);
    await host(page).evaluate((el) => el.setAttribute('year', '1985'));
    await expect.poll(() => visibleLinkCount(page)).toBe(0);
    await expect.poll(() => hash(page)).toContain('years=1985');
  });

  it('shows with controls="minimal" only when the timeline attribute is set', async () => {
    const page = await app('embed.html?controls=minimal');
    expect(await inMap(page, 'archipelago-timeline').count()).toBe(0);
    await host(page).evaluate((el) => el.setAttribute('timeline', ''));
    await expect.poll(() => handle(page).count()).toBe(1);
    await page.goto(`${baseURL}embed.html?controls=minimal&timeline=true`);
    await waitReady(page);
    await expect.poll(() => handle(page).count()).toBe(1);
  });
});

describe('folded, where there is no room under the map', () => {
  const toggle = (page: Page) => inMap(page, '[data-timeline-toggle]');
  /** Islands (not the partners beyond the map) whose box meets the timeline's box. */
  const islandsUnderTimeline = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      const slot = root?.querySelector('.timeline-slot')?.getBoundingClientRect();
      if (!root || !slot) return ['no timeline'];
      return [...root.querySelectorAll('[data-city]:not(.external)')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < slot.right && r.right > slot.left && r.top < slot.bottom && r.bottom > slot.top;
        })
        .map((el) => el.getAttribute('data-city'));
    });

  it('is a map button on a phone that opens it above every island; keyboard, hash and Escape work', async () => {
    open = await openPage({ width: 375, height: 740 });
    const page = open.page;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    expect(await inMap(page, '.timeline-slot').count()).toBe(0);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await toggle(page).getAttribute('aria-label')).toBe('Timeline');
    await toggle(page).click();
    await expect.poll(() => handle(page).count()).toBe(1);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    expect(await toggle(page).getAttribute('aria-label')).toBe('Close the timeline');
    // The camera keeps every island clear of it (it sits over the empty north on a phone).
    await expect.poll(() => islandsUnderTimeline(page)).toEqual([]);
    await handle(page).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => valueNow(page)).toBe('1991');
    await expect.poll(() => hash(page)).toContain('years=1991');
    await page.keyboard.press('Escape');
    await expect.poll(() => inMap(page, '.timeline-slot').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document
          .querySelector('archipelago-map')
          ?.shadowRoot?.activeElement?.hasAttribute('data-timeline-toggle'),
      ),
    ).toBe(true);
    // Folded with a year set, its button says which, and the year still filters the map.
    expect(await toggle(page).getAttribute('aria-label')).toBe('Timeline: 1991');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(1991, 1991));
    // The legend and the timeline take turns on a phone.
    await toggle(page).click();
    await expect.poll(() => handle(page).count()).toBe(1);
    await inMap(page, '.legend-toggle').click();
    await expect.poll(() => inMap(page, '.timeline-slot').count()).toBe(0);
    expect(open.errors).toEqual([]);
  });

  it('is a map button where the element is too short, and opens under the map', async () => {
    open = await openPage({ width: 1280, height: 600 });
    const page = open.page;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    expect(await inMap(page, '.timeline-slot').count()).toBe(0);
    await toggle(page).click();
    await expect.poll(() => handle(page).count()).toBe(1);
    expect(await inMap(page, '.timeline-slot.top').count()).toBe(0);
    await toggle(page).click();
    await expect.poll(() => inMap(page, '.timeline-slot').count()).toBe(0);
    // Where the timeline fits, there is no such button.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => handle(page).count()).toBe(1);
    expect(await toggle(page).count()).toBe(0);
  });

  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`axe finds nothing with the folded timeline open on a phone in the ${theme} theme`, async () => {
      open = await openPage({ width: 375, height: 740 });
      const page = open.page;
      await page.goto(`${baseURL}index.html?theme=${theme}#years=1999`);
      await waitReady(page);
      await toggle(page).click();
      await expect.poll(() => handle(page).count()).toBe(1);
      expect(await axeViolations(page, `folded timeline, ${theme}`)).toEqual([]);
    });
  }
});

describe('a chapter that plays years', () => {
  const growth = shipped.chapters.find((c) => c.play)!;
  const next = shipped.chapters[shipped.chapters.indexOf(growth) + 1]!;

  it('advances a year per clicker press, steps back with ←, then moves to the next chapter', async () => {
    const page = await app(`index.html?chapter=${growth.id}`);
    const [from, to] = growth.play!;
    await expect.poll(() => bigYear(page)).toBe(String(from));
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(from, from));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => bigYear(page)).toBe(String(from + 1));
    await page.keyboard.press('PageDown');
    await expect.poll(() => bigYear(page)).toBe(String(from + 2));
    await expect.poll(() => liveRegion(page)).toContain(`${from + 2}: `);
    await page.keyboard.press(' ');
    await expect.poll(() => bigYear(page)).toBe(String(from + 3));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => bigYear(page)).toBe(String(from + 2));
    expect(await host(page).getAttribute('chapter')).toBe(growth.id);
    for (let y = from + 2; y < to; y++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => bigYear(page)).toBe(String(to));
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(to, to));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => host(page).getAttribute('chapter')).toBe(next.id);
    expect(await inMap(page, '[data-big-year]').count()).toBe(0);
    // Back into the chapter arrives at its last year.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => host(page).getAttribute('chapter')).toBe(growth.id);
    await expect.poll(() => bigYear(page)).toBe(String(to));
  });
});

describe('accessibility', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`axe finds nothing with the timeline open in the ${theme} theme`, async () => {
      // `timeline=true` asks for the timeline whatever room the projector theme's larger type leaves.
      const page = await app(`index.html?theme=${theme}&timeline=true#years=1991-2007`);
      await expect.poll(() => handle(page, 'from').count()).toBe(1);
      expect(await axeViolations(page, `timeline, ${theme}`)).toEqual([]);
      await inTimeline(page, '[data-range]').uncheck();
      await expect.poll(() => handle(page).count()).toBe(1);
      expect(await axeViolations(page, `timeline one year, ${theme}`)).toEqual([]);
    });
  }
});

describe('without WebGL (the simplified map)', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('filters the simplified map by year', async () => {
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...(CHROMIUM_ARGS as string[]), '--disable-webgl', '--disable-webgl2'],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}index.html#years=1993`);
    await page.waitForSelector('archipelago-map[ready]', { timeout: 45_000 });
    await expect.poll(() => page.locator('archipelago-map [data-simplified]').count()).toBe(1);
    await expect.poll(() => visibleLinkCount(page)).toBe(3);
    await handle(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => visibleLinkCount(page)).toBe(activeLinks(1994, 1994));
    await context.close();
  });
});
