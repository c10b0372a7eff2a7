import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, type Watched, waitReady } from './harness';

// The speaker view (src/story/speaker-view.ts) is a second window the presenting map drives directly:
// these tests go through the element (`chapter` attribute, S key) and the popup Playwright reports.

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
type Text = string | Record<string, string>;
const english = (t: Text | undefined) => (typeof t === 'string' ? t : (t?.en ?? ''));
const chapters: { id: string; title: string }[] = shipped.chapters.map((c: { id: string; title: Text }) => ({
  id: c.id,
  title: english(c.title),
}));
const last = chapters.length - 1;

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function presenting(chapter = chapters[0]?.id ?? ''): Promise<Page> {
  open = await openPage();
  await open.page.goto(`${baseURL}index.html?chapter=${chapter}&lang=en`);
  await waitReady(open.page);
  await expect.poll(() => host(open!.page).getAttribute('chapter')).toBe(chapter);
  return open.page;
}

const host = (page: Page) => page.locator('archipelago-map');

/** Keys to the presenting map (its frame holds the focus while presenting). */
async function pressInMap(page: Page, key: string) {
  await page.bringToFront();
  await page.locator('archipelago-map .frame').focus();
  await page.keyboard.press(key);
}

async function openSpeaker(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), pressInMap(page, 's')]);
  await popup.waitForSelector('[data-current-title]');
  return popup;
}

const text = async (popup: Page, selector: string) => ((await popup.textContent(selector)) ?? '').trim();

describe('speaker view', () => {
  it('opens on S with the current and the next chapter, the notes and a running timer', async () => {
    const page = await presenting();
    const popup = await openSpeaker(page);

    expect(popup.url()).toBe('about:blank');
    await expect.poll(() => text(popup, '[data-current-title]')).toBe(chapters[0]?.title);
    expect(await text(popup, '[data-next-title]')).toBe(chapters[1]?.title);
    expect(await text(popup, '[data-position]')).toBe(`1 / ${chapters.length}`);
    expect(await popup.title()).toBe(`Speaker view — ${chapters[0]?.title}`);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');

    // Notes: large, and text only (chapter text never becomes markup).
    expect((await text(popup, '[data-notes]')).length).toBeGreaterThan(0);
    expect(await popup.locator('[data-notes] *').count()).toBe(0);
    const size = await popup.$eval('[data-notes]', (el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);

    expect(await text(popup, '[data-timer]')).toMatch(/^\d\d:\d\d$/);
    expect(open?.errors).toEqual([]);
  });

  it('follows the main window, and steps it with its buttons and the clicker keys', async () => {
    const page = await presenting();
    const popup = await openSpeaker(page);
    const chapterNow = () => host(page).getAttribute('chapter');
    const titleNow = () => text(popup, '[data-current-title]');

    // Main window → speaker view.
    await pressInMap(page, 'ArrowRight');
    await expect.poll(chapterNow).toBe(chapters[1]?.id);
    await expect.poll(titleNow).toBe(chapters[1]?.title);
    expect(await text(popup, '[data-next-title]')).toBe(chapters[2]?.title);
    expect(await text(popup, '[data-position]')).toBe(`2 / ${chapters.length}`);

    // Speaker view → main window: the Next button…
    await popup.click('[data-next]');
    await expect.poll(chapterNow).toBe(chapters[2]?.id);
    await expect.poll(titleNow).toBe(chapters[2]?.title);

    // …Previous…
    await popup.click('[data-previous]');
    await expect.poll(chapterNow).toBe(chapters[1]?.id);

    // …and a clicker's keys, pressed in the speaker window.
    await popup.bringToFront();
    await popup.locator('body').click({ position: { x: 5, y: 5 } });
    await popup.keyboard.press('PageDown');
    await expect.poll(chapterNow).toBe(chapters[2]?.id);
    await popup.keyboard.press('PageUp');
    await expect.poll(chapterNow).toBe(chapters[1]?.id);
    await popup.keyboard.press('End');
    await expect.poll(chapterNow).toBe(chapters[last]?.id);
    expect(await text(popup, '[data-next-title]')).toBe('End of the story');
    expect(await popup.getAttribute('[data-next]', 'aria-disabled')).toBe('true');
    await popup.keyboard.press('ArrowRight');
    await popup.waitForTimeout(300);
    expect(await chapterNow()).toBe(chapters[last]?.id);
    await popup.keyboard.press('Home');
    await expect.poll(chapterNow).toBe(chapters[0]?.id);
    await popup.keyboard.press('ArrowLeft');
    await popup.waitForTimeout(300);
    expect(await chapterNow()).toBe(chapters[0]?.id);
    await expect.poll(titleNow).toBe(chapters[0]?.title);

    expect(open?.errors).toEqual([]);
  });

  it('has a timer that pauses, resumes and resets', async () => {
    const page = await presenting();
    const popup = await openSpeaker(page);
    const time = () => text(popup, '[data-timer]');

    await expect.poll(time, { timeout: 5000 }).not.toBe('00:00');
    expect(await time()).toMatch(/^\d\d:\d\d$/);

    await popup.click('[data-pause]');
    expect(await text(popup, '[data-timer-state]')).toBe('Paused');
    expect(await text(popup, '[data-pause]')).toBe('Resume');
    const frozen = await time();
    await popup.waitForTimeout(1500);
    expect(await time()).toBe(frozen);

    await popup.click('[data-reset]');
    expect(await time()).toBe('00:00');

    await popup.click('[data-pause]');
    expect(await text(popup, '[data-timer-state]')).toBe('Running');
    await expect.poll(time, { timeout: 5000 }).toBe('00:01');

    // The keys: P pauses, R resets.
    await popup.keyboard.press('p');
    expect(await text(popup, '[data-timer-state]')).toBe('Paused');
    await popup.keyboard.press('r');
    expect(['00:00', '00:01']).toContain(await time());
    await popup.keyboard.press('p');
    expect(await text(popup, '[data-timer-state]')).toBe('Running');
    await popup.click('[data-reset]');
    expect(['00:00', '00:01']).toContain(await time());
  });

  it('closes without breaking the main window, and closes when the map stops presenting', async () => {
    const page = await presenting();
    const first = await openSpeaker(page);
    await first.close();

    await pressInMap(page, 'ArrowRight');
    await expect.poll(() => host(page).getAttribute('chapter')).toBe(chapters[1]?.id);

    // S again opens a fresh speaker view on the current chapter.
    const second = await openSpeaker(page);
    await expect.poll(() => text(second, '[data-current-title]')).toBe(chapters[1]?.title);

    // Leaving presenting closes it.
    await host(page).evaluate((el) => el.removeAttribute('chapter'));
    await expect.poll(() => second.isClosed()).toBe(true);
    expect(open?.errors).toEqual([]);
  });
});
