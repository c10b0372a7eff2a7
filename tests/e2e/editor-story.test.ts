import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y-checks';
import { baseURL, openPage, type Watched } from './harness';

// Issue #20, the story: the editor's Chapters tab writes a story from the map's views, orders it by
// keyboard and by dragging, deletes with undo, and presents it on the map with the clicker keys.

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const EDIT_URL = `${baseURL}index.html?edit`;

let open: Watched[] = [];
afterEach(async () => {
  for (const w of open) {
    expect(w.outside, 'requests that left the origin').toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  }
  open = [];
});

const editor = (page: Page, selector: string) => page.locator(`archipelago-editor ${selector}`);
const inMap = (page: Page, selector: string) =>
  page.locator(`archipelago-editor archipelago-map ${selector}`);

interface StoryChapter {
  id: string;
  title: unknown;
  caption?: unknown;
}
const chapters = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('archipelago-editor')?.dataset.chapters ?? []) as StoryChapter[],
  );
const order = async (page: Page) => (await chapters(page)).map((c) => c.id);
/** The chapter ids the inner map shows, in its order (the map is in the editor's shadow root). */
const mapOrder = (page: Page) =>
  page.evaluate(() =>
    (
      document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('archipelago-map')?.chapters ??
      []
    ).map((c) => c.id),
  );

/** What has the keyboard focus, through shadow roots: inside the map or not, and its chapter index. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inMap = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.tagName.toLowerCase() === 'archipelago-map') inMap = true;
      el = el.shadowRoot.activeElement;
    }
    return { inMap, chapter: el?.getAttribute('data-chapter') ?? null };
  });
}

/** The current map without its story, on the Chapters tab, the map beside it in step with the draft. */
async function openStory(query = ''): Promise<Page> {
  const w = await openPage();
  open.push(w);
  const { page } = w;
  await page.goto(`${EDIT_URL}${query}`);
  await page.waitForFunction(
    () => (document.querySelector('archipelago-editor')?.dataset.cities?.length ?? 0) > 0,
    null,
    { timeout: 30_000 },
  );
  await page.evaluate(
    (draft) => {
      const e = document.querySelector('archipelago-editor');
      if (e) e.dataset = draft;
    },
    { ...shipped, chapters: [] },
  );
  await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
  await expect.poll(() => mapOrder(page), { timeout: 30_000 }).toEqual([]);
  await editor(page, '[data-tab="chapters"]').click();
  await editor(page, '[data-add="chapters"]').waitFor();
  return page;
}

/** Chooses a city on the map (its attribute), adds the view as a chapter and types its caption. */
async function addChapter(page: Page, city: string, caption: string): Promise<void> {
  const before = (await chapters(page)).length;
  await page.evaluate((id) => {
    const map = document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('archipelago-map');
    if (!map) throw new Error('no map in the editor');
    map.setAttribute('selected', id);
  }, city);
  await editor(page, '[data-add="chapters"]').click();
  await expect.poll(async () => (await chapters(page)).length).toBe(before + 1);
  const index = Number(
    await editor(page, '[data-chapter][aria-current="true"]').getAttribute('data-chapter'),
  );
  await editor(page, `[data-path="chapters[${index}].caption.en"]`).fill(caption);
}

describe('writing the story in the editor', () => {
  it('writes three chapters, orders them by Alt+↓ and by dragging, deletes and undoes, and presents them with the clicker', async () => {
    const page = await openStory();
    expect(await editor(page, '[data-chapter]').count()).toBe(0);

    await addChapter(page, 'helsinki', 'One');
    await addChapter(page, 'stockholm', 'Two');
    await addChapter(page, 'tallinn', 'Three');
    const written = await chapters(page);
    // Each is inserted after the chosen one (the one added before it), titled by the chosen city.
    expect(written.map((c) => [c.id, (c.title as { en: string }).en, c.caption])).toEqual([
      ['view-helsinki', 'Helsinki', { en: 'One' }],
      ['view-stockholm', 'Stockholm', { en: 'Two' }],
      ['view-tallinn', 'Tallinn', { en: 'Three' }],
    ]);
    const helsinki = (await page.evaluate(() => document.querySelector('archipelago-editor')?.dataset))
      .chapters[0];
    expect(helsinki.camera.zoom).toEqual(expect.any(Number));
    expect(helsinki.highlight.cities[0]).toBe('helsinki');

    // Alt+↓ on the focused chapter moves it down; the focus moves with it.
    await editor(page, '[data-chapter="0"]').focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await order(page)).toEqual(['view-stockholm', 'view-helsinki', 'view-tallinn']);
    await expect.poll(() => focused(page)).toEqual({ inMap: false, chapter: '1' });
    expect(await editor(page, '[data-story-status]').textContent()).toContain('now chapter 2 of 3');

    // Dragging the last one by its handle above the first.
    const grip = await editor(page, '[data-chapter-row]:nth-child(3) .grip').boundingBox();
    const first = await editor(page, '[data-chapter-row]:nth-child(1)').boundingBox();
    if (!grip || !first) throw new Error('the list is not drawn');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    for (const k of [0.3, 0.6, 1]) {
      const y = grip.y + grip.height / 2 + k * (first.y + 2 - (grip.y + grip.height / 2));
      await page.mouse.move(grip.x + grip.width / 2, y);
    }
    expect(await editor(page, '[data-chapter-row][data-drop="before"]').count()).toBe(1);
    await page.mouse.up();
    expect(await order(page)).toEqual(['view-tallinn', 'view-stockholm', 'view-helsinki']);

    // Delete is one step: the notice's Undo (by keyboard) brings the chapter back where it was.
    await editor(page, '[data-chapter="1"]').click();
    await editor(page, '.form [data-delete]').click();
    expect(await order(page)).toEqual(['view-tallinn', 'view-helsinki']);
    expect(await editor(page, '[data-notice="chapter-deleted"]').textContent()).toContain('Stockholm');
    await page.keyboard.press('Enter');
    expect(await order(page)).toEqual(['view-tallinn', 'view-stockholm', 'view-helsinki']);
    expect((await chapters(page))[1]?.caption).toEqual({ en: 'Two' });
    expect(await editor(page, '[data-notice="chapter-deleted"]').count()).toBe(0);

    // Present from the first chapter; the clicker's PageDown steps through the story on the map.
    const events: unknown[] = [];
    await page.exposeFunction('__chapter', (d: unknown) => events.push(d));
    await page.evaluate(() =>
      document.querySelector('archipelago-editor')?.addEventListener('archipelago-chapter', (e) => {
        (window as unknown as { __chapter: (d: unknown) => void }).__chapter(e.detail);
      }),
    );
    await editor(page, '[data-chapter="0"]').click();
    await editor(page, '[data-present]').click();
    await expect.poll(() => events.at(-1), { timeout: 20_000 }).toEqual({ id: 'view-tallinn', index: 0 });
    expect(await mapOrder(page)).toEqual(['view-tallinn', 'view-stockholm', 'view-helsinki']);
    await expect.poll(() => focused(page)).toMatchObject({ inMap: true });
    await expect.poll(() => inMap(page, '[data-story]').textContent()).toContain('Three');
    expect(await inMap(page, '[data-chapter-title]').textContent()).toBe('Tallinn');

    await page.keyboard.press('PageDown');
    await expect.poll(() => events.at(-1)).toEqual({ id: 'view-stockholm', index: 1 });
    await expect.poll(() => inMap(page, '[data-story]').textContent()).toContain('Two');
    await page.keyboard.press('PageDown');
    await expect.poll(() => events.at(-1)).toEqual({ id: 'view-helsinki', index: 2 });
    await expect.poll(() => inMap(page, '[data-story]').textContent()).toContain('One');
    expect(await inMap(page, '[data-chapter-title]').textContent()).toBe('Helsinki');
    // The editor's choice follows the story.
    expect(await editor(page, '[data-chapter="2"]').getAttribute('aria-current')).toBe('true');

    // Escape leaves the story and gives the focus back to the chapter in the list.
    await page.keyboard.press('Escape');
    await expect.poll(() => events.at(-1)).toEqual({ id: null, index: -1 });
    await expect.poll(() => focused(page)).toEqual({ inMap: false, chapter: '2' });
    expect(await page.locator('archipelago-editor archipelago-map[chapter]').count()).toBe(0);
  });

  it('previews a chapter in place, the focus staying in the panel, and ends the preview', async () => {
    const page = await openStory();
    await addChapter(page, 'riga', 'Riga’s chapter');
    await editor(page, '[data-preview]').click();
    await expect
      .poll(() => page.locator('archipelago-editor archipelago-map').getAttribute('chapter'), {
        timeout: 20_000,
      })
      .toBe('view-riga');
    await expect.poll(() => inMap(page, '[data-story]').textContent()).toContain('Riga’s chapter');
    expect(await focused(page)).toEqual({ inMap: false, chapter: null });
    expect((await editor(page, '[data-preview]').textContent())?.trim()).toBe('End preview');
    // Typing while previewing: the map shows the new caption, and the focus stays in the field.
    const caption = editor(page, '[data-path="chapters[0].caption.en"]');
    await caption.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' at sea');
    await expect
      .poll(() => inMap(page, '[data-story]').textContent(), { timeout: 20_000 })
      .toContain('Riga’s chapter at sea');
    await page.keyboard.type('!');
    expect((await chapters(page))[0]?.caption).toEqual({ en: 'Riga’s chapter at sea!' });
    await editor(page, '[data-preview]').click();
    await expect.poll(() => inMap(page, '[data-story]').count()).toBe(0);
    expect((await editor(page, '[data-preview]').textContent())?.trim()).toBe('Preview');
  });

  it('shows a chapter’s problem at its field and keeps undo one step per change', async () => {
    const page = await openStory();
    await addChapter(page, 'oslo', 'Oslo');
    await editor(page, '[data-path="chapters[0].id"]').fill('Oslo!');
    const field = editor(page, '[data-path="chapters[0].id"]');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await editor(page, `#${await field.getAttribute('aria-describedby')}`).textContent()).toContain(
      'chapters[0].id',
    );
    // Preview and presenting wait for a draft without problems.
    expect(await editor(page, '[data-present]').isDisabled()).toBe(true);
    await page.keyboard.press('Control+Z');
    expect(await order(page)).toEqual(['view-oslo']);
    expect(await editor(page, '[data-present]').isDisabled()).toBe(false);
  });

  it('leads from the list of problems to a chapter’s field, the tab loading on the way', async () => {
    const w = await openPage();
    open.push(w);
    const { page } = w;
    await page.goto(EDIT_URL);
    await page.waitForFunction(
      () => (document.querySelector('archipelago-editor')?.dataset.cities?.length ?? 0) > 0,
      null,
      { timeout: 30_000 },
    );
    await page.evaluate(
      (draft) => {
        const e = document.querySelector('archipelago-editor');
        if (e) e.dataset = draft;
      },
      {
        ...shipped,
        chapters: [
          { id: 'ok', title: 'Fine' },
          { id: 'Not an id', title: 'Broken' },
        ],
      },
    );
    await editor(page, '[data-problem="chapters[1].id"]').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('data-path') ?? null;
        }),
      )
      .toBe('chapters[1].id');
    expect(await editor(page, '[data-tab="chapters"]').getAttribute('aria-pressed')).toBe('true');
  });

  it.each(['light', 'dark', 'projector'])('passes axe on the Chapters tab in the %s theme', async (theme) => {
    const page = await openStory(`&theme=${theme}`);
    await addChapter(page, 'helsinki', 'One');
    await addChapter(page, 'tallinn', 'Two');
    await editor(page, '.form [data-delete]').click();
    await editor(page, '[data-notice="chapter-deleted"]').waitFor();
    expect(await axeViolations(page, `editor chapters ${theme}`)).toEqual([]);
  });
});
