import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

/*
 * Proposed partnerships (status "proposed": the slides' recommendations) are told from established ones
 * everywhere: drawn hollow on both maps, switched by the legend and the hash, said in the tooltip, panel,
 * tables and live region, and left out of measures and paths unless the reader asks.
 */

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
type L = { id: string; status?: string };
const proposedIds: string[] = (shipped.links as L[]).filter((l) => l.status === 'proposed').map((l) => l.id);
const total: number = shipped.links.length;

let open: Watched | undefined;
let noWebgl: Browser | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});
afterAll(async () => {
  await noWebgl?.close();
});

async function app(path = 'index.html'): Promise<Page> {
  open = await openPage();
  await open.page.goto(`${baseURL}${path}`);
  await waitReady(open.page);
  return open.page;
}

const host = (page: Page) => page.locator('archipelago-map');
const inMap = (page: Page, selector: string) => page.locator(`archipelago-map ${selector}`);

/** What each drawn link shows: its status, whether it is hidden, and the computed look of its lines. */
function linkMarks(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('archipelago-map')?.shadowRoot;
    return [...(root?.querySelectorAll('[data-link]') ?? [])].map((el) => {
      const line = el.querySelector('.link-line');
      const core = el.querySelector('.link-core');
      const style = (e: Element | null) =>
        e
          ? {
              stroke: getComputedStyle(e).stroke,
              width: Number.parseFloat(getComputedStyle(e).strokeWidth),
              opacity: getComputedStyle(e).strokeOpacity,
              d: e.getAttribute('d') ?? '',
            }
          : null;
      return {
        id: el.getAttribute('data-link') ?? '',
        status: el.getAttribute('data-status'),
        proposedClass: el.classList.contains('is-proposed'),
        hidden: el.hasAttribute('hidden'),
        line: style(line),
        core: style(core),
        sea: getComputedStyle(el).getPropertyValue('--bg').trim(),
      };
    });
  });
}

/** The sea colour as computed style writes it (`rgb(r, g, b)`). */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

function expectHollow(marks: Awaited<ReturnType<typeof linkMarks>>) {
  const proposed = marks.filter((m) => m.status === 'proposed');
  expect(proposed.map((m) => m.id).sort()).toEqual([...proposedIds].sort());
  for (const m of proposed) {
    expect(m.proposedClass).toBe(true);
    // A core in the sea's colour, narrower than the line, along the same curve: the line reads as hollow.
    expect(m.core, m.id).not.toBeNull();
    expect(m.core?.stroke).toBe(rgb(m.sea));
    expect(m.core?.d).toBe(m.line?.d);
    expect(m.line!.width - m.core!.width).toBeGreaterThanOrEqual(3);
    expect(m.line?.opacity).toBe('1');
  }
  for (const m of marks.filter((x) => x.status !== 'proposed')) {
    expect(m.status).toBe('established');
    expect(m.core).toBeNull();
  }
}

describe('proposed links on the map', () => {
  it('are drawn hollow: a core in the sea colour inside a wider line, whatever the type', async () => {
    const page = await app();
    const marks = await linkMarks(page);
    expect(marks).toHaveLength(total);
    expectHollow(marks);
  });

  it('are drawn hollow in the dark and projector themes too', async () => {
    for (const theme of ['dark', 'projector']) {
      const page = await app(`index.html?theme=${theme}`);
      expectHollow(await linkMarks(page));
      await open?.context.close();
      open = undefined;
    }
  });

  it('are switched by the legend, the counts follow, and the hash keeps proposed=hide', async () => {
    const page = await app();
    const toggle = inMap(page, '[data-filter-proposed]');
    const row = inMap(page, 'label:has([data-filter-proposed])');
    expect(await row.textContent()).toContain(`Proposed (${proposedIds.length})`);
    // The legend's sample is the hollow mark itself: a line with a core in the sea's colour.
    expect(await inMap(page, 'label:has([data-filter-proposed]) [data-proposed-core]').count()).toBe(1);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect
      .poll(async () => (await linkMarks(page)).filter((m) => !m.hidden).length)
      .toBe(total - proposedIds.length);
    const hidden = (await linkMarks(page)).filter((m) => m.hidden).map((m) => m.id);
    expect(hidden.sort()).toEqual([...proposedIds].sort());
    expect(await inMap(page, '[data-counts]').textContent()).toContain(`${total - proposedIds.length} links`);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('proposed=hide');
    // The live region says the new counts, without proposals.
    await expect
      .poll(() => inMap(page, '[aria-live="polite"]').textContent())
      .toContain(`${total - proposedIds.length} links`);

    await page.reload();
    await waitReady(page);
    expect(await inMap(page, '[data-filter-proposed]').isChecked()).toBe(false);
    expect((await linkMarks(page)).filter((m) => !m.hidden)).toHaveLength(total - proposedIds.length);
    // Reset shows them again, and the hash forgets the key.
    await inMap(page, '[data-reset]').click();
    await expect.poll(async () => (await linkMarks(page)).filter((m) => !m.hidden).length).toBe(total);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('proposed=hide');
  });

  it('keep their hollow mark in the SVG export, with the computed colours inlined', async () => {
    const page = await app();
    const svg = await page.evaluate(() => document.querySelector('archipelago-map')!.exportSvg());
    const cores = svg.match(/<path class="link-core"[^>]*>/g) ?? [];
    expect(cores).toHaveLength(proposedIds.length);
    const sea = (await linkMarks(page))[0]!.sea;
    for (const core of cores) expect(core).toContain(`stroke: ${rgb(sea)}`);
  });

  it('reads proposed=hide from the hash on load', async () => {
    const page = await app('index.html#proposed=hide');
    expect(await inMap(page, '[data-filter-proposed]').isChecked()).toBe(false);
    const shown = (await linkMarks(page)).filter((m) => !m.hidden);
    expect(shown.every((m) => m.status === 'established')).toBe(true);
    expect(shown).toHaveLength(total - proposedIds.length);
  });
});

describe('words for proposals', () => {
  it('the tooltip and the accessible name of a city say how many of its partnerships are proposed', async () => {
    const page = await app();
    const brussels = inMap(page, '[data-city="brussels"]');
    expect(await brussels.getAttribute('aria-label')).toMatch(/\d+ proposed/);
    // Berlin: its own partnerships and the two proposals (Brussels, China), told apart.
    const berlin = (shipped.links as (L & { source: string; target: string })[]).filter(
      (l) => l.source === 'berlin' || l.target === 'berlin',
    );
    const berlinProposed = berlin.filter((l) => l.status === 'proposed').length;
    expect(berlinProposed).toBeGreaterThan(0);
    expect(berlinProposed).toBeLessThan(berlin.length);
    expect(await inMap(page, '[data-city="berlin"]').getAttribute('aria-label')).toContain(
      `${berlin.length} partnerships, ${berlinProposed} proposed`,
    );
    await brussels.focus();
    const tooltip = inMap(page, '[role="tooltip"]');
    await expect.poll(() => tooltip.textContent()).toMatch(/\d+ proposed/);
  });

  it('the panel marks proposed partnerships, and the link panel says proposed', async () => {
    const page = await app('index.html#city=brussels');
    const panelText = () =>
      page.evaluate(
        () =>
          document
            .querySelector('archipelago-map')
            ?.shadowRoot?.querySelector('archipelago-panel')
            ?.shadowRoot?.querySelectorAll('[data-status="proposed"]').length ?? 0,
      );
    await expect.poll(panelText).toBe(11);
    // One partnership's evidence: the link's own panel.
    await page.evaluate(() => {
      const panel = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('archipelago-panel');
      (panel?.shadowRoot?.querySelector('[data-evidence]') as HTMLElement | null)?.click();
    });
    await expect.poll(() => host(page).getAttribute('selected')).toBeNull();
    await expect.poll(panelText).toBe(1);
  });

  it('the partnerships table has a status column that says proposed, and the cities table says what populations are', async () => {
    const page = await app();
    await inMap(page, '[data-table-toggle]').click();
    const tables = inMap(page, 'archipelago-tables table');
    await expect.poll(() => tables.count()).toBe(2);
    const links = tables.nth(1);
    expect(await links.locator('thead').textContent()).toContain('Status');
    expect(await links.locator('td[data-status="proposed"]').count()).toBe(proposedIds.length);
    expect(await links.locator('td[data-status="established"]').count()).toBe(total - proposedIds.length);
    expect(await links.locator('td[data-status="proposed"]').first().textContent()).toContain('proposed');
    const note = inMap(page, 'archipelago-tables [data-population-definition]');
    expect(await note.textContent()).toContain('pop_max');
    expect(await note.textContent()).toContain('2010');
  });
});

/** p —— r established, r ⋯ s proposed, s —— u established: only the proposal joins the halves. */
function chain() {
  const city = (id: string, lng: number) => ({
    id,
    kind: 'metropolis',
    name: id.toUpperCase(),
    country: 'FI',
    coordinates: [lng, 60],
    sources: [{ title: 'S' }],
  });
  const link = (id: string, source: string, target: string, status?: string) => ({
    id,
    source,
    target,
    type: 't',
    description: 'd',
    sources: [{ title: 'S' }],
    ...(status ? { status } : {}),
  });
  return {
    meta: { title: 'Chain' },
    linkTypes: [{ id: 't', label: 'T' }],
    cities: [city('p', 18), city('r', 21), city('s', 24), city('u', 27)],
    links: [link('pr', 'p', 'r'), link('rs', 'r', 's', 'proposed'), link('su', 's', 'u')],
    // A proposed group whose cliques add no pair the proposed link does not (r–s) beyond p's own ties.
    groups: [
      {
        id: 'plan',
        name: 'Plan',
        type: 't',
        members: ['p', 'r', 's'],
        description: 'd',
        sources: [{ title: 'S' }],
        status: 'proposed',
      },
    ],
  };
}

describe('measures and paths', () => {
  it('count established partnerships only, until the panel switch includes proposals', async () => {
    open = await openPage();
    const { page } = open;
    const url = await serveFixture(page, 'chain.json', chain());
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}#city=r&path=r,u`);
    await waitReady(page);
    const panel = (selector: string) =>
      page.evaluate(
        (sel) =>
          document
            .querySelector('archipelago-map')
            ?.shadowRoot?.querySelector('archipelago-panel')
            ?.shadowRoot?.querySelector(sel)?.textContent ?? null,
        selector,
      );
    // The proposed group's outline is hollow too: a core in the sea's colour along the hull.
    const hull = await page.evaluate(() => {
      const group = document
        .querySelector('archipelago-map')
        ?.shadowRoot?.querySelector('[data-group="plan"]');
      const outline = group?.querySelector('.hull');
      const core = group?.querySelector('.hull-core');
      return {
        status: group?.getAttribute('data-status'),
        same: !!core && core.getAttribute('d') === outline?.getAttribute('d') && !!core.getAttribute('d'),
        core: core ? getComputedStyle(core).stroke : null,
        sea: group ? getComputedStyle(group).getPropertyValue('--bg').trim() : '',
        widths: [outline, core].map((e) => (e ? Number.parseFloat(getComputedStyle(e).strokeWidth) : 0)),
      };
    });
    expect(hull.status).toBe('proposed');
    expect(hull.same).toBe(true);
    expect(hull.core).toBe(rgb(hull.sea));
    expect(hull.widths[0]! - hull.widths[1]!).toBeGreaterThanOrEqual(3);
    // No path over established partnerships alone.
    await expect.poll(() => inMap(page, '[data-no-path]').count()).toBe(1);
    const degree = () => panel('.measures tbody tr:first-child td');
    await expect.poll(degree).toBe('1');
    await page.evaluate(() => {
      const panel = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('archipelago-panel');
      (panel?.shadowRoot?.querySelector('[data-include-proposed]') as HTMLInputElement | null)?.click();
    });
    await expect.poll(() => inMap(page, '[data-hop]').allTextContents()).toEqual(['R', 'S', 'U']);
    expect(await inMap(page, '[data-link="rs"]').getAttribute('class')).toContain('is-path');
    // r's partners: p, and now s over the proposal.
    await expect.poll(degree).toBe('2');
    await page.evaluate(() => {
      const panel = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('archipelago-panel');
      (panel?.shadowRoot?.querySelector('[data-include-proposed]') as HTMLInputElement | null)?.click();
    });
    await expect.poll(() => inMap(page, '[data-no-path]').count()).toBe(1);
    await expect.poll(degree).toBe('1');
  });
});

describe('the simplified map (no WebGL)', () => {
  it('draws proposed links hollow too', async () => {
    noWebgl = await chromium.launch({
      executablePath: findChromium(),
      args: [...(CHROMIUM_ARGS as string[]), '--disable-webgl', '--disable-webgl2'],
    });
    const context = await noWebgl.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    await expect.poll(() => inMap(page, '[data-simplified]').count()).toBe(1);
    expectHollow(await linkMarks(page));
    await context.close();
  });
});
