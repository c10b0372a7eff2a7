import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focusReport, measureTargets, settle, tabThrough } from './a11y-checks';
import { baseURL, openPage, type Watched, waitReady } from './harness';

// WCAG 2.2 AA, checked in every page and state a visitor can reach: axe-core (no violations), target
// sizes (2.5.8), and focus that is both visible (2.4.7) and not hidden behind the chrome (2.4.11).

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const chapterIds: string[] = shipped.chapters.map((c: { id: string }) => c.id);
const THEMES = ['light', 'dark', 'projector'] as const;

const inMap = (page: Page, selector: string) => page.locator(`archipelago-map ${selector}`);

async function open(path: string, options: { width?: number; height?: number } = {}): Promise<Watched> {
  const watched = await openPage(options);
  await watched.page.goto(`${baseURL}${path}`);
  await waitReady(watched.page);
  return watched;
}

/** Axe and target sizes for one state; both lists must be empty. */
async function audit(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page, state);
  const targets = await measureTargets(page);
  console.info(
    `${state}: ${targets.count} targets, smallest ${targets.smallest.size} px (${targets.smallest.name})`,
  );
  // WCAG 2.2.2: nothing moves on its own for more than 5 s (the speaker timer has its own pause).
  const moving = await page.evaluate(() => {
    const roots: DocumentOrShadowRoot[] = [document];
    for (const el of document.querySelectorAll('archipelago-map'))
      if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots
      .flatMap((root) => root.getAnimations())
      .filter((a) => {
        const end = a.effect?.getComputedTiming().endTime;
        return end === undefined || !Number.isFinite(Number(end)) || Number(end) > 5000;
      })
      .map((a) => `${(a.effect as KeyframeEffect | null)?.target?.nodeName} ${a.constructor.name}`);
  });
  expect([
    ...violations,
    ...targets.offenders.map((o) => `${state} · target size: ${o}`),
    ...moving.map((m) => `${state} · moves for more than 5 s: ${m}`),
  ]).toEqual([]);
}

describe('the app in each theme', () => {
  it.each(THEMES)('index.html?theme=%s', async (theme) => {
    const watched = await open(`index.html?theme=${theme}`);
    try {
      await audit(watched.page, `app ${theme}`);
    } finally {
      await watched.context.close();
    }
  });
});

describe('the embed page in each theme', () => {
  it.each(THEMES)('embed.html?theme=%s', async (theme) => {
    const watched = await open(`embed.html?theme=${theme}`);
    try {
      await audit(watched.page, `embed ${theme}`);
    } finally {
      await watched.context.close();
    }
  });
});

describe('every story chapter', () => {
  let watched: Watched;
  beforeAll(async () => {
    watched = await open(`index.html?chapter=${chapterIds[0]}`);
    await inMap(watched.page, '.frame').focus();
  });
  afterAll(() => watched.context.close());

  it.each(chapterIds.map((id, i) => [i + 1, id] as const))('chapter %i: %s', async (i, id) => {
    const { page } = watched;
    // A chapter that plays years takes a press a year before the next chapter.
    const play = shipped.chapters[i - 2]?.play as [number, number] | undefined;
    for (let n = i > 1 ? (play ? play[1] - play[0] + 1 : 1) : 0; n > 0; n--)
      await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('chapter')).toBe(id);
    await audit(page, `chapter ${id}`);
  });

  it('the speaker view', async () => {
    const { page } = watched;
    await inMap(page, '.frame').focus();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('[data-current-title]');
    await audit(popup, 'speaker view');
    await popup.close();
  });

  it('while presenting, every focus stop is visible and in sight', async () => {
    const { page } = watched;
    await inMap(page, '.frame').focus();
    const walk = await tabThrough(page);
    expect(walk.problems).toEqual([]);
  });
});

describe('exploring: panel, table view, keys, export menu', () => {
  let watched: Watched;
  beforeAll(async () => {
    watched = await open('index.html');
  });
  afterAll(() => watched.context.close());

  it('Tab reaches every island and control, each with a visible focus not hidden by the chrome', async () => {
    const { page } = watched;
    const walk = await tabThrough(page);
    // The basemap, 13 islands, the toolbar, the legend's filters and the map controls.
    expect(walk.stops).toBeGreaterThan(shipped.cities.length + 20);
    expect(walk.problems).toEqual([]);
  });

  it('the panel of a selected city', async () => {
    const { page } = watched;
    await inMap(page, '[data-city="helsinki"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inMap(page, 'archipelago-panel [data-partnership]').count()).toBeGreaterThan(0);
    await audit(page, 'panel');
  });

  it('with the panel open, every focus stop is visible and in sight', async () => {
    const { page } = watched;
    await inMap(page, '.frame').focus();
    const walk = await tabThrough(page);
    expect(walk.problems).toEqual([]);
    // Every island, focused by any means, comes out from under the panel, legend and toolbar.
    const problems: string[] = [];
    for (const id of shipped.cities.map((c: { id: string }) => c.id) as string[]) {
      await inMap(page, `[data-city="${id}"]`).focus();
      await settle(page);
      const report = await focusReport(page);
      if (!report.visible || !report.unobscured) problems.push(`${id}: ${JSON.stringify(report)}`);
    }
    expect(problems).toEqual([]);
  });

  it('the evidence of a partnership', async () => {
    const { page } = watched;
    await inMap(page, '[data-city="helsinki"]').focus();
    if ((await page.locator('archipelago-map').getAttribute('selected')) !== 'helsinki') {
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => inMap(page, 'archipelago-panel [data-evidence]').count()).toBeGreaterThan(0);
    await inMap(page, 'archipelago-panel [data-evidence]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inMap(page, 'archipelago-panel a[href]').count()).toBeGreaterThan(0);
    await audit(page, 'evidence');
    // Focus went to the panel, which now tells about the partnership: Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => inMap(page, '[data-panel]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBeNull();
  });

  it('the table view, which takes the map and legend out of the focus order', async () => {
    const { page } = watched;
    await inMap(page, '[data-table-toggle]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inMap(page, 'archipelago-tables table').count()).toBe(2);
    await audit(page, 'table view');
    await inMap(page, '.frame').focus();
    const walk = await tabThrough(page);
    expect(walk.problems).toEqual([]);
    // Not one island is reachable while the table covers the map.
    expect(walk.islands).toBe(0);
    await inMap(page, '[data-table-toggle]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => inMap(page, 'archipelago-tables').count()).toBe(0);
  });

  it('the keys dialog, which holds focus until it closes', async () => {
    const { page } = watched;
    await inMap(page, '[data-help]').focus();
    await page.keyboard.press('?');
    await expect.poll(() => inMap(page, '[role="dialog"]').count()).toBe(1);
    await audit(page, 'keys dialog');
    await expect.poll(() => focusReport(page).then((r) => r.what)).toMatch(/^button/);
    await page.keyboard.press('Tab');
    expect(await inMap(page, '[data-close-help]').evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => inMap(page, '[role="dialog"]').count()).toBe(0);
    expect(await inMap(page, '[data-help]').evaluate((el) => el.matches(':focus'))).toBe(true);
  });

  it('the export menu', async () => {
    const { page } = watched;
    await inMap(page, '[data-export]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inMap(page, '#export-menu').count()).toBe(1);
    await audit(page, 'export menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => inMap(page, '#export-menu').count()).toBe(0);
  });
});

describe('a small screen', () => {
  let watched: Watched;
  beforeAll(async () => {
    watched = await open('index.html', { width: 360, height: 700 });
  });
  afterAll(() => watched.context.close());

  it('the map at 360×700', async () => {
    await audit(watched.page, 'small screen');
  });

  it('the open menu, with every focus stop visible and in sight', async () => {
    const { page } = watched;
    await inMap(page, '[data-menu]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inMap(page, '#toolbar-items').count()).toBe(1);
    await audit(page, 'small-screen menu');
    await inMap(page, '.frame').focus();
    const walk = await tabThrough(page);
    expect(walk.problems).toEqual([]);
  });
});

describe('content on hover (WCAG 1.4.13)', () => {
  it('keeps the tooltip while the pointer moves onto it, and Escape dismisses it', async () => {
    const watched = await open('index.html');
    try {
      const { page } = watched;
      const land = await inMap(page, '[data-city="riga"] .land').boundingBox();
      await page.mouse.move(land!.x + land!.width / 2, land!.y + land!.height / 2);
      const tooltip = inMap(page, '[role="tooltip"]');
      await expect.poll(() => tooltip.count()).toBe(1);
      const box = await tooltip.boundingBox();
      // Hoverable: from the island up onto the tooltip, across the gap between them.
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height - 4, { steps: 6 });
      await page.waitForTimeout(600);
      expect(await tooltip.count()).toBe(1);
      // Persistent until the pointer leaves it; then it goes.
      await page.mouse.move(5, 795);
      await expect.poll(() => tooltip.count()).toBe(0);
      // Dismissible: Escape closes it without moving the pointer or focus.
      await page.mouse.move(land!.x + land!.width / 2, land!.y + land!.height / 2);
      await expect.poll(() => tooltip.count()).toBe(1);
      await inMap(page, '.frame').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip.count()).toBe(0);
    } finally {
      await watched.context.close();
    }
  });
});
