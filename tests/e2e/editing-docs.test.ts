import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseURL, openPage, type Watched } from './harness';

// The screenshots of docs/editing.md ("Your own map, step by step"), taken by walking through it: each
// step does what the text says, checks it happened, and writes its picture to docs/images/ under a fixed
// name. A last check: the walkthrough shows exactly the pictures this test makes.

const IMAGES = new URL('../../docs/images/', import.meta.url);
const DOC = new URL('../../docs/editing.md', import.meta.url);
mkdirSync(IMAGES, { recursive: true });

/** How long a poll waits for the page: a bound, not a measure. */
const WAIT = { timeout: 15_000 };

const made: string[] = [];
let w: Watched | undefined;
afterAll(async () => {
  await w?.context.close();
});

const editor = (page: Page, selector: string) => page.locator(`archipelago-editor ${selector}`);

async function shoot(page: Page, name: string, selector?: string): Promise<void> {
  const path = fileURLToPath(new URL(name, IMAGES));
  if (selector) await editor(page, selector).screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, animations: 'disabled' });
  expect(statSync(path).size).toBeGreaterThan(1_000);
  made.push(name);
}

const draft = (page: Page) => page.evaluate(() => document.querySelector('archipelago-editor')?.dataset);

/** The partners of the walkthrough, after Turku is typed in by hand. */
const MORE_CITIES = [
  { id: 'tallinn', kind: 'metropolis', name: 'Tallinn', country: 'EE', coordinates: [24.75, 59.44] },
  { id: 'stockholm', kind: 'metropolis', name: 'Stockholm', country: 'SE', coordinates: [18.07, 59.33] },
];

describe('the editing walkthrough (docs/editing.md)', () => {
  it('starts empty, adds a city and a partnership, shows the map, writes three chapters and saves: one picture a step', async () => {
    w = await openPage({ width: 1280, height: 800 });
    const { page } = w;
    await page.goto(`${baseURL}index.html?edit&theme=light&lang=en`);
    await page.waitForFunction(
      () => !!document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('[data-start]'),
    );

    // 1. An empty map.
    await editor(page, '[data-start="empty"]').click();
    await expect.poll(async () => (await draft(page)).cities.length, WAIT).toBe(0);
    await shoot(page, 'editing-1-start.png', '.panel');

    // 2. Add city: Turku.
    await editor(page, '[data-add="cities"]').click();
    await editor(page, '[data-path="cities[0].id"]').fill('turku');
    await editor(page, '[data-path="cities[0].name.en"]').fill('Turku');
    await editor(page, '[data-path="cities[0].country"]').fill('FI');
    await editor(page, '[data-path="cities[0].coordinates[0]"]').fill('22.27');
    await editor(page, '[data-path="cities[0].coordinates[1]"]').fill('60.45');
    await expect.poll(async () => (await draft(page)).cities[0]?.coordinates, WAIT).toEqual([22.27, 60.45]);
    await shoot(page, 'editing-2-city.png', '.panel');

    // 3. Two more partners, and a partnership between Turku and Tallinn.
    await page.evaluate((more) => {
      const e = document.querySelector('archipelago-editor');
      if (!e) return;
      for (const city of more)
        e.edit({ kind: 'insert', path: ['cities'], index: e.dataset.cities.length, value: city });
    }, MORE_CITIES);
    await editor(page, '[data-tab="links"]').click();
    await editor(page, '[data-add="links"]').click();
    await editor(page, '[data-path="links[0].id"]').fill('turku-tallinn');
    await editor(page, '[data-path="links[0].target"]').selectOption('tallinn');
    await editor(page, '[data-path="links[0].description.en"]').fill('Ferries, culture and start-ups');
    await editor(page, '[data-add-source]').first().click();
    await editor(page, '[data-path="links[0].sources[0].title"]').fill(
      'City of Turku, international affairs',
    );
    await expect
      .poll(async () => (await draft(page)).links[0], WAIT)
      .toMatchObject({
        source: 'turku',
        target: 'tallinn',
        sources: [{ title: 'City of Turku, international affairs' }],
      });
    await shoot(page, 'editing-3-partnership.png', '.panel');

    // 4. The map beside the panel shows the valid draft: the three islands and the partnership.
    await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
    await expect
      .poll(() => page.locator('archipelago-editor archipelago-map [data-link="turku-tallinn"]').count(), {
        timeout: 20_000,
      })
      .toBe(1);
    expect(await page.locator('archipelago-editor archipelago-map [data-city]').count()).toBe(3);
    // The panel back at its top, as the step describes the map beside it.
    await editor(page, '[data-tab="links"]').focus();
    await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
    await shoot(page, 'editing-4-map.png');

    // 5. Three chapters from the map's views, each with a title and a caption.
    await editor(page, '[data-tab="chapters"]').click();
    const map = page.locator('archipelago-editor archipelago-map');
    for (const [i, [selected, title, caption]] of [
      [null, 'Our partners', 'Turku and its partners around the Baltic Sea'],
      ['turku', 'Across the Gulf', 'Ferries, culture and start-ups'],
      ['stockholm', 'Beyond the Baltic', 'A partner across the sea'],
    ].entries()) {
      await map.evaluate(
        (el, id) => (id ? el.setAttribute('selected', id) : el.removeAttribute('selected')),
        selected,
      );
      await editor(page, '[data-add="chapters"]').click();
      await expect.poll(async () => (await draft(page)).chapters?.length ?? 0, WAIT).toBe(i + 1);
      // The title starts as the chosen city's name (a text for all languages, or per language) or "New chapter".
      await page
        .locator(
          `archipelago-editor input:is([data-path="chapters[${i}].title"], [data-path="chapters[${i}].title.en"])`,
        )
        .first()
        .fill(title as string);
      await editor(page, `[data-path="chapters[${i}].caption.en"]`).fill(caption as string);
    }
    await expect
      .poll(
        async () =>
          (await draft(page)).chapters.map((c: { title: string | { en: string } }) =>
            typeof c.title === 'string' ? c.title : c.title.en,
          ),
        WAIT,
      )
      .toEqual(['Our partners', 'Across the Gulf', 'Beyond the Baltic']);
    await map.evaluate((el) => el.removeAttribute('selected'));
    await shoot(page, 'editing-6-story.png', '.panel');

    // 6. Save and share.
    expect(await editor(page, '[data-save]').isEnabled()).toBe(true);
    await shoot(page, 'editing-5-save.png', 'fieldset.save');

    const shown = [...readFileSync(DOC, 'utf8').matchAll(/images\/(editing-[\w-]+\.png)/g)].map((m) => m[1]);
    expect([...new Set(shown)].sort()).toEqual([...made].sort());
  });
});
