import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, type Watched, waitReady } from './harness';

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
type L = { id: string; source: string; target: string; type: string; since?: number };
const links: L[] = shipped.links;

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function app(hash = '', query = ''): Promise<Page> {
  open = await openPage();
  await open.page.goto(`${baseURL}index.html${query}${hash}`);
  await waitReady(open.page);
  return open.page;
}

const host = (page: Page) => page.locator('archipelago-map');
const inMap = (page: Page, selector: string) => page.locator(`archipelago-map ${selector}`);

async function select(page: Page, id: string) {
  await inMap(page, `[data-city="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => host(page).getAttribute('selected')).toBe(id);
}

/** Text inside an element's own shadow root (`textContent` of a host does not include it). */
function shadowText(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const outer = document.querySelector('archipelago-map')?.shadowRoot;
    return outer?.querySelector(sel)?.shadowRoot?.textContent ?? '';
  }, selector);
}

function counts(page: Page) {
  return inMap(page, '[data-counts]').textContent();
}

function visibleLinkCount(page: Page) {
  return page.evaluate(
    () =>
      [
        ...(document.querySelector('archipelago-map')?.shadowRoot?.querySelectorAll('[data-link]') ?? []),
      ].filter((el) => !el.hasAttribute('hidden')).length,
  );
}

function fadedCities(page: Page) {
  return page.evaluate(() =>
    [...(document.querySelector('archipelago-map')?.shadowRoot?.querySelectorAll('[data-city]') ?? [])]
      .filter((el) => !el.classList.contains('is-faded'))
      .map((el) => el.getAttribute('data-city'))
      .sort(),
  );
}

describe('details and evidence', () => {
  it('shows a city: names in every language, facts, measures and each partnership', async () => {
    const page = await app();
    await select(page, 'helsinki');
    const text = await shadowText(page, 'archipelago-panel');
    for (const expected of [
      'Helsinki',
      'Helsingfors',
      'Хельсинки',
      'Finland',
      '1,115,000',
      'Lead Partner',
      'Betweenness',
    ]) {
      expect(text).toContain(expected);
    }
    const own = links.filter((l) => l.source === 'helsinki' || l.target === 'helsinki');
    expect(await inMap(page, 'archipelago-panel [data-partnership]').count()).toBe(own.length);
    // Two partnerships join Helsinki and St. Petersburg: both are listed.
    const spb = own.filter((l) => [l.source, l.target].includes('st-petersburg'));
    expect(spb.length).toBeGreaterThan(1);
    for (const l of spb)
      expect(await inMap(page, `archipelago-panel [data-partnership="${l.id}"]`).count()).toBe(1);
  });

  it('moves to a partner chosen in the list', async () => {
    const page = await app();
    await select(page, 'helsinki');
    await inMap(page, 'archipelago-panel [data-partner="berlin"]').first().click();
    await expect.poll(() => host(page).getAttribute('selected')).toBe('berlin');
    expect(await inMap(page, 'archipelago-panel h2').first().textContent()).toContain('Berlin');
  });

  it('shows the evidence for one partnership, with unverified facts marked', async () => {
    const page = await app();
    await select(page, 'copenhagen');
    const oresund = links.find((l) => [l.source, l.target].sort().join() === 'copenhagen,malmo')!;
    await page.evaluate(() =>
      document.addEventListener('archipelago-select', (e) => {
        (window as unknown as { picked: unknown }).picked = (e as CustomEvent).detail;
      }),
    );
    await inMap(page, `archipelago-panel [data-evidence="${oresund.id}"]`).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { picked: unknown }).picked))
      .toEqual({ kind: 'link', id: oresund.id });
    await expect.poll(() => shadowText(page, 'archipelago-panel')).toContain('Sources');
    const text = await shadowText(page, 'archipelago-panel');
    expect(text).toContain('unverified');
  });
});

describe('filters and legend', () => {
  it('hides a link type and updates the counts; reset brings everything back', async () => {
    const page = await app();
    expect(await counts(page)).toContain(`${links.length} links`);
    await inMap(page, '[data-filter-type="markets"]').uncheck();
    const markets = links.filter((l) => l.type === 'markets').length;
    await expect.poll(() => visibleLinkCount(page)).toBe(links.length - markets);
    expect(await counts(page)).toContain(`${links.length - markets} links`);
    // China keeps one visible partnership, Berlin's twinning with Beijing (established): it stays.
    expect(await fadedCities(page)).toContain('china');
    await inMap(page, '[data-reset]').click();
    await expect.poll(() => visibleLinkCount(page)).toBe(links.length);
  });

  it('hides a group', async () => {
    const page = await app();
    await inMap(page, '[data-filter-group="baltic-palette"]').uncheck();
    expect(await inMap(page, '[data-group="baltic-palette"]').getAttribute('hidden')).toBe('');
    expect(await counts(page)).toContain(`${shipped.groups.length - 1} groups`);
  });

  it('makes the cities of a priority stand out', async () => {
    const page = await app();
    await inMap(page, '#priority').selectOption('science-parks');
    await expect.poll(() => fadedCities(page)).toEqual(['riga', 'warsaw']);
    expect(await counts(page)).toContain('2 cities');
  });
});

describe('search', () => {
  for (const [query, id] of [
    ['malmo', 'malmo'],
    ['pietari', 'st-petersburg'],
    ['warszawa', 'warsaw'],
  ] as const) {
    it(`finds ${id} from "${query}" and selects it with the keyboard`, async () => {
      const page = await app();
      const input = inMap(page, 'archipelago-search input');
      await input.fill(query);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => host(page).getAttribute('selected')).toBe(id);
    });
  }

  it('does not fire letter keys while the search field has focus', async () => {
    const page = await app();
    await inMap(page, 'archipelago-search input').fill('?');
    expect(await inMap(page, '[role="dialog"]').count()).toBe(0);
  });
});

describe('network measures and paths', () => {
  it('sizes islands by degree: Oslo, with no partnership among the metropolises, shrinks', async () => {
    const page = await app();
    const width = () =>
      inMap(page, '[data-city="oslo"] .land').evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    await inMap(page, '[data-metric]').selectOption('degree');
    await expect.poll(() => host(page).getAttribute('metric')).toBe('degree');
    await expect.poll(width).toBeLessThan(before * 0.8);
  });

  it('highlights the shortest path and lists it hop by hop', async () => {
    const page = await app();
    await host(page).evaluate((el) => el.setAttribute('path', 'berlin,tallinn'));
    await expect
      .poll(() => inMap(page, '[data-hop]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hop'))))
      .toEqual(['berlin', 'helsinki', 'tallinn']);
    expect(await inMap(page, '[data-link="helsinki-berlin-strategic"]').getAttribute('class')).toContain(
      'is-path',
    );
  });

  it('says plainly when there is no path', async () => {
    const page = await app();
    await host(page).evaluate((el) => el.setAttribute('path', 'oslo,berlin'));
    await expect.poll(() => inMap(page, '[data-no-path]').textContent()).toContain('No path');
  });

  it('picks a path with Shift-click and with Shift+Enter', async () => {
    const page = await app();
    await select(page, 'berlin');
    const box = await inMap(page, '[data-city="warsaw"] .land').boundingBox();
    await page.keyboard.down('Shift');
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.keyboard.up('Shift');
    await expect.poll(() => host(page).getAttribute('path')).toBe('berlin,warsaw');
    await inMap(page, '[data-city="tallinn"]').focus();
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => host(page).getAttribute('path')).toBe('berlin,tallinn');
  });
});

describe('keyboard and screen reader', () => {
  it('lists the keys with ?, and Escape closes the innermost thing first', async () => {
    const page = await app();
    await select(page, 'riga');
    await page.keyboard.press('?');
    await expect.poll(() => inMap(page, '[role="dialog"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await inMap(page, '[role="dialog"]').count()).toBe(0);
    expect(await host(page).getAttribute('selected')).toBe('riga');
  });

  it('announces selections in a live region', async () => {
    const page = await app();
    await select(page, 'tallinn');
    await expect.poll(() => inMap(page, '[aria-live="polite"]').textContent()).toContain('Tallinn');
  });

  it('shows the same data as sortable tables that follow the filters', async () => {
    const page = await app();
    await inMap(page, '[data-filter-type="markets"]').uncheck();
    await inMap(page, '[data-table-toggle]').click();
    const tables = inMap(page, 'archipelago-tables table');
    await expect.poll(() => tables.count()).toBe(2);
    const rows = await tables.nth(1).locator('tbody tr').count();
    expect(rows).toBe(links.filter((l) => l.type !== 'markets').length);
  });
});

describe('shareable state', () => {
  it('restores selection, filters, metric and path from the hash, and writes changes back', async () => {
    const page = await app('#city=riga&hide=markets&metric=degree');
    expect(await host(page).getAttribute('selected')).toBe('riga');
    expect(await host(page).getAttribute('metric')).toBe('degree');
    expect(await inMap(page, '[data-filter-type="markets"]').isChecked()).toBe(false);
    await select(page, 'vilnius');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('city=vilnius');
    await page.reload();
    await waitReady(page);
    expect(await host(page).getAttribute('selected')).toBe('vilnius');
    await page.goBack();
    await expect.poll(() => host(page).getAttribute('selected')).toBe('riga');
  });

  it('falls back to the defaults on an invalid hash', async () => {
    const page = await app('#city=%E0%A4%A&metric=bogus&years=x-y&at=999,999,99');
    expect(await host(page).getAttribute('selected')).toBeNull();
    expect(await host(page).getAttribute('error')).toBeNull();
  });
});

describe('accessibility', () => {
  it('has no axe violations with the panel open, a filter applied, and the table view', async () => {
    const page = await app();
    await select(page, 'helsinki');
    await inMap(page, '[data-filter-type="markets"]').uncheck();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
    const panel = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(panel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await inMap(page, '[data-table-toggle]').click();
    const table = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(table.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
