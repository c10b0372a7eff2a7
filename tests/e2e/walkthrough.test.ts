import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusReport, settle } from './a11y-checks';
import { baseURL, openPage, type Watched, waitReady } from './harness';

// The keyboard walkthrough of docs/accessibility.md, driven with the keyboard only (no clicks, no
// programmatic focus): one `it` per numbered step of the document, in order, on one page.

const doc = readFileSync(new URL('../../docs/accessibility.md', import.meta.url), 'utf8');
const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

/** The numbered steps under "## Keyboard walkthrough", each with its continuation lines. */
function docSteps(): string[] {
  const section = doc.split(/^## Keyboard walkthrough$/m)[1]?.split(/^## /m)[0] ?? '';
  const steps: string[] = [];
  for (const line of section.split('\n')) {
    if (/^\d+\. /.test(line)) steps.push(line);
    else if (/^\s+\S/.test(line) && steps.length) steps[steps.length - 1] += ` ${line.trim()}`;
  }
  return steps;
}

interface Focused {
  tag: string;
  city: string | null;
  partner: string | null;
  data: string[];
  inPanel: boolean;
  text: string;
}

/** The element that has focus, looking through shadow roots. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    let inPanel = false;
    for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
      if (n instanceof Element && n.matches('.panel')) inPanel = true;
    }
    return {
      tag: el?.localName ?? '',
      city: el?.getAttribute('data-city') ?? null,
      partner: el?.getAttribute('data-partner') ?? null,
      data: el ? [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('data-')) : [],
      inPanel,
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus satisfies `done`; fails after `max` presses. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, key = 'Tab', max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    await settle(page);
    if (done(await focused(page))) return i;
  }
  throw new Error(
    `${key} ×${max} never reached the wanted element (last: ${JSON.stringify(await focused(page))})`,
  );
}

const host = (page: Page) => page.locator('archipelago-map');
const inMap = (page: Page, selector: string) => page.locator(`archipelago-map ${selector}`);
const liveRegion = (page: Page) => inMap(page, '[aria-live="polite"]').textContent();
const centreOf = (page: Page, id: string) =>
  inMap(page, `[data-city="${id}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
const visibleLinks = (page: Page) =>
  page.evaluate(
    () =>
      [
        ...(document.querySelector('archipelago-map')?.shadowRoot?.querySelectorAll('[data-link]') ?? []),
      ].filter((el) => !el.hasAttribute('hidden')).length,
  );

let watched: Watched;
let page: Page;

/** Each step: what the document must mention, and what the keyboard does and what follows from it. */
const steps: { mentions: string[]; run: () => Promise<void> }[] = [
  {
    mentions: ['Tab', 'first island', 'Berlin'],
    run: async () => {
      await page.goto(`${baseURL}index.html`);
      await waitReady(page);
      const presses = await tabUntil(page, (f) => f.city !== null);
      const now = await focused(page);
      expect(now.city).toBe('berlin');
      // The page's Edit link and Embed button, the map canvas, its attribution button: then the islands.
      expect(presses).toBeLessThanOrEqual(5);
      expect(await focusReport(page)).toMatchObject({ visible: true, unobscured: true });
      await expect.poll(() => inMap(page, '[role="tooltip"]').textContent()).toContain('Berlin');
    },
  },
  {
    mentions: ['arrow keys', '↑', '→', 'Helsinki'],
    run: async () => {
      const route: [string, string][] = [
        ['ArrowUp', 'malmo'],
        ['ArrowUp', 'oslo'],
        ['ArrowRight', 'stockholm'],
        ['ArrowRight', 'tallinn'],
        ['ArrowUp', 'helsinki'],
      ];
      let from = 'berlin';
      for (const [key, to] of route) {
        const before = await centreOf(page, from);
        await page.keyboard.press(key);
        await settle(page);
        expect((await focused(page)).city, `${key} from ${from}`).toBe(to);
        const after = await centreOf(page, to);
        if (key === 'ArrowUp') expect(after.y).toBeLessThan(before.y);
        if (key === 'ArrowRight') expect(after.x).toBeGreaterThan(before.x);
        from = to;
      }
    },
  },
  {
    mentions: ['Enter', 'Selected: Helsinki'],
    run: async () => {
      await page.keyboard.press('Enter');
      await expect.poll(() => host(page).getAttribute('selected')).toBe('helsinki');
      await expect.poll(() => inMap(page, '[data-panel]').count()).toBe(1);
      const links = shipped.links.filter(
        (l: { source: string; target: string }) => l.source === 'helsinki' || l.target === 'helsinki',
      ).length;
      await expect.poll(() => liveRegion(page)).toContain(`Selected: Helsinki, ${links} partnerships`);
    },
  },
  {
    mentions: ['Read the panel', 'Tab'],
    run: async () => {
      await page.keyboard.press('Tab');
      await settle(page);
      const now = await focused(page);
      expect(now.inPanel).toBe(true);
      expect(now.tag).toBe('aside');
      expect(await inMap(page, 'archipelago-panel h2').textContent()).toContain('Helsinki');
      expect(await focusReport(page)).toMatchObject({ visible: true, unobscured: true });
      await page.keyboard.press('Tab');
      expect((await focused(page)).inPanel).toBe(true);
    },
  },
  {
    mentions: ['Follow a partner', 'Enter', 'Berlin'],
    run: async () => {
      await tabUntil(page, (f) => f.partner === 'berlin');
      expect((await focused(page)).inPanel).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => host(page).getAttribute('selected')).toBe('berlin');
      await expect.poll(() => inMap(page, 'archipelago-panel h2').textContent()).toContain('Berlin');
      await expect.poll(() => focused(page).then((f) => f.inPanel && f.tag === 'aside')).toBe(true);
    },
  },
  {
    mentions: ['Escape', 'panel closes', "Berlin's island"],
    run: async () => {
      await page.keyboard.press('Escape');
      await expect.poll(() => inMap(page, '[data-panel]').count()).toBe(0);
      await expect.poll(() => focused(page).then((f) => f.city)).toBe('berlin');
      expect(await host(page).getAttribute('selected')).toBe('berlin');
    },
  },
  {
    mentions: ['legend', 'Space', 'partnership type', 'counts'],
    run: async () => {
      const before = await inMap(page, '[data-counts]').textContent();
      const linksBefore = await visibleLinks(page);
      await tabUntil(page, (f) => f.data.includes('data-filter-type'));
      expect(await focusReport(page)).toMatchObject({ visible: true, unobscured: true });
      await page.keyboard.press('Space');
      expect(await inMap(page, '[data-filter-type]').first().isChecked()).toBe(false);
      await expect.poll(() => visibleLinks(page)).toBeLessThan(linksBefore);
      const after = await inMap(page, '[data-counts]').textContent();
      expect(after).not.toBe(before);
      await expect.poll(() => liveRegion(page)).toContain('shown');
    },
  },
  {
    mentions: ['Shift+Tab', 'Find a city', '`malmo`', '↓', 'Enter'],
    run: async () => {
      await tabUntil(page, (f) => f.tag === 'input' && f.data.length === 0, 'Shift+Tab');
      expect(await focused(page)).toMatchObject({ tag: 'input' });
      await page.keyboard.type('malmo');
      await expect
        .poll(() => inMap(page, 'archipelago-search [role="option"]').first().textContent())
        .toContain('Malmö');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => host(page).getAttribute('selected')).toBe('malmo');
      await expect.poll(() => focused(page).then((f) => f.city)).toBe('malmo');
    },
  },
  {
    mentions: ['Table view', 'Enter', 'focus order'],
    run: async () => {
      const presses = await tabUntil(page, (f) => f.data.includes('data-table-toggle'));
      expect(presses).toBeGreaterThan(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => inMap(page, 'archipelago-tables table').count()).toBe(2);
      expect(await inMap(page, '.marks').getAttribute('inert')).toBe('');
    },
  },
  {
    mentions: ['Escape', 'Table view'],
    run: async () => {
      await page.keyboard.press('Escape');
      await expect.poll(() => inMap(page, 'archipelago-tables').count()).toBe(0);
      const now = await focused(page);
      expect(now.data).toContain('data-table-toggle');
      expect(now.text).toBe('Table view');
    },
  },
  {
    mentions: ['?', 'Close', 'Escape'],
    run: async () => {
      await page.keyboard.press('?');
      await expect.poll(() => inMap(page, '[role="dialog"]').count()).toBe(1);
      await expect.poll(() => focused(page).then((f) => f.data)).toContain('data-close-help');
      await page.keyboard.press('Escape');
      await expect.poll(() => inMap(page, '[role="dialog"]').count()).toBe(0);
      await expect.poll(() => focused(page).then((f) => f.data)).toContain('data-table-toggle');
    },
  },
  {
    mentions: ['Present', '?chapter=archipelago', '→', 'Chapter 2 of'],
    run: async () => {
      await page.goto(`${baseURL}index.html?chapter=${shipped.chapters[0].id}`);
      await waitReady(page);
      await expect.poll(() => focused(page).then((f) => f.tag)).toBe('div');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => host(page).getAttribute('chapter')).toBe(shipped.chapters[1].id);
      await expect.poll(() => liveRegion(page)).toContain(`Chapter 2 of ${shipped.chapters.length}`);
    },
  },
  {
    mentions: ['Escape', 'leave the story'],
    run: async () => {
      await page.keyboard.press('Escape');
      await expect.poll(() => host(page).getAttribute('chapter')).toBeNull();
      await expect.poll(() => inMap(page, '.toolbar').count()).toBe(1);
      expect(await inMap(page, '.legend').count()).toBe(1);
    },
  },
];

describe('the keyboard walkthrough of docs/accessibility.md', () => {
  beforeAll(async () => {
    watched = await openPage({ width: 1280, height: 800 });
    page = watched.page;
  });
  afterAll(() => watched.context.close());

  it('has as many numbered steps in the document as the test drives, each naming what it does', () => {
    const written = docSteps();
    expect(written.length).toBe(steps.length);
    steps.forEach((step, i) => {
      for (const word of step.mentions) expect(written[i], `step ${i + 1}`).toContain(word);
    });
  });

  steps.forEach((step, i) => {
    const title = (docSteps()[i] ?? '').replace(/^\d+\.\s*/, '').replace(/[*_`]/g, '');
    it(`step ${i + 1}: ${title.slice(0, 70)}`, step.run);
  });
});
