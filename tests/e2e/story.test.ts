import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, type Watched, waitReady } from './harness';

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const ids: string[] = shipped.chapters.map((c: { id: string }) => c.id);
/** Presses a step takes to leave a chapter: one, or one a year for a chapter that plays years. */
const presses = (id: string | null | undefined) => {
  const play = shipped.chapters.find((c: { id: string }) => c.id === id)?.play as
    | [number, number]
    | undefined;
  return play ? play[1] - play[0] + 1 : 1;
};

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function present(
  chapter: string,
  options: {
    width?: number;
    height?: number;
    reducedMotion?: 'reduce' | 'no-preference';
    theme?: string;
  } = {},
): Promise<Page> {
  open = await openPage(options);
  const { page } = open;
  await page.addInitScript(() => {
    const w = window as unknown as { chapters: unknown[] };
    w.chapters = [];
    document.addEventListener('archipelago-chapter', (e) => w.chapters.push((e as CustomEvent).detail));
  });
  const theme = options.theme ? `&theme=${options.theme}` : '';
  await page.goto(`${baseURL}index.html?chapter=${chapter}${theme}`);
  await waitReady(page);
  return page;
}

const host = (page: Page) => page.locator('archipelago-map');
const chapterAttr = (page: Page) => host(page).getAttribute('chapter');
const events = (page: Page) => page.evaluate(() => (window as unknown as { chapters: unknown[] }).chapters);
const camera = (page: Page) =>
  page.evaluate(() => JSON.stringify(document.querySelector('archipelago-map')?.viewState.camera ?? null));

describe('presenting the story', () => {
  it('steps through every chapter with the clicker keys, with events and the page URL', async () => {
    const page = await present(ids[0]!);
    expect(await page.locator('archipelago-map [data-chapter-title]').textContent()).toBe(
      shipped.chapters[0].title,
    );
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
    for (let i = 1; i < ids.length; i++) {
      for (let n = presses(ids[i - 1]); n > 0; n--) await page.keyboard.press(keys[i % keys.length]!);
      await expect.poll(() => chapterAttr(page)).toBe(ids[i]);
      await expect
        .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('chapter')))
        .toBe(ids[i]);
    }
    // At the end, next stays on the last chapter.
    await page.keyboard.press('ArrowRight');
    expect(await chapterAttr(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    await expect.poll(() => chapterAttr(page)).toBe(ids[0]);
    await page.keyboard.press('End');
    await expect.poll(() => chapterAttr(page)).toBe(ids.at(-1));
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) {
      const before = ids.indexOf((await chapterAttr(page)) ?? '');
      // Back into a chapter that plays years arrives at its last year; leaving it takes a press a year.
      for (let n = presses(ids[before]); n > 0; n--) await page.keyboard.press(key);
      await expect.poll(() => chapterAttr(page)).toBe(ids[before - 1]);
    }
    const seen = (await events(page)) as { id: string; index: number }[];
    expect(seen.slice(0, ids.length)).toEqual(ids.map((id, index) => ({ id, index })));
  });

  it('returns to the same chapter on reload', async () => {
    const page = await present(ids[2]!);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => chapterAttr(page)).toBe(ids[3]);
    await page.reload();
    await waitReady(page);
    expect(await chapterAttr(page)).toBe(ids[3]);
  });

  it('puts the chapter forward: its cities stand out, the rest fades', async () => {
    const page = await present('case-helsinki');
    const faded = (id: string) =>
      page.locator(`archipelago-map [data-city="${id}"]`).evaluate((el) => el.classList.contains('is-faded'));
    expect(await faded('helsinki')).toBe(false);
    expect(await faded('berlin')).toBe(false);
    expect(await faded('stockholm')).toBe(false);
    expect(await faded('oslo')).toBe(true);
  });

  it('blacks out with B and comes back with B or Escape', async () => {
    const page = await present(ids[1]!);
    const blackout = page.locator('archipelago-map [data-blackout]');
    await page.keyboard.press('b');
    expect(await blackout.count()).toBe(1);
    await page.keyboard.press('B');
    expect(await blackout.count()).toBe(0);
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    expect(await blackout.count()).toBe(0);
    expect(await chapterAttr(page)).toBe(ids[1]);
  });

  it('leaves presenting with Escape', async () => {
    const page = await present(ids[1]!);
    await page.keyboard.press('Escape');
    await expect.poll(() => chapterAttr(page)).toBeNull();
    expect(await page.locator('archipelago-map [data-story]').count()).toBe(0);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('chapter'))).toBeNull();
    expect((await events(page)).at(-1)).toEqual({ id: null, index: -1 });
  });

  it('jumps under reduced motion, and flies otherwise', async () => {
    const still = await present(ids[0]!, { reducedMotion: 'reduce' });
    await still.keyboard.press('ArrowRight');
    await expect.poll(() => chapterAttr(still)).toBe(ids[1]);
    const a = await camera(still);
    await still.waitForTimeout(300);
    expect(await camera(still)).toBe(a);
    await open?.context.close();

    const moving = await present(ids[0]!, { reducedMotion: 'no-preference' });
    await moving.keyboard.press('ArrowRight');
    const b = await camera(moving);
    // A flight moves the camera on after the key, however slow the machine's frames are.
    await expect.poll(() => camera(moving), { timeout: 5000 }).not.toBe(b);
  });
});

describe('projector theme', () => {
  it('shows the caption and labels at 24 px or more at 1920×1080', async () => {
    const page = await present('case-helsinki', { width: 1920, height: 1080, theme: 'projector' });
    const sizes = await page.evaluate(() => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      const px = (el: Element | null | undefined) =>
        el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
      return {
        title: px(root?.querySelector('[data-chapter-title]')),
        caption: px(root?.querySelector('.caption p')),
        label: px(root?.querySelector('.city-label')),
        buttons: px(root?.querySelector('[data-story-next]')),
      };
    });
    expect(sizes.title).toBeGreaterThanOrEqual(24);
    expect(sizes.caption).toBeGreaterThanOrEqual(24);
    expect(sizes.label).toBeGreaterThanOrEqual(24);
    expect(sizes.buttons).toBeGreaterThanOrEqual(24);
  });
});
