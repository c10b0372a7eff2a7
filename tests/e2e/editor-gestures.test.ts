import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y-checks';
import { baseURL, openPage, type Watched } from './harness';

// Issue #20, "On the map": the editor's map takes each valid draft in place (no reload), and edits by
// gesture — add a city by clicking the map, move one by dragging its island, draw a partnership from
// island to island, pick a group's members — each one undoable edit, each with its keyboard way.

const EDIT_URL = `${baseURL}index.html?edit`;
const MAP = 'archipelago-editor archipelago-map';

let open: Watched[] = [];
afterEach(async () => {
  for (const w of open) {
    expect(w.outside, 'requests that left the origin').toEqual([]);
    expect(
      w.errors.filter((e) => e.startsWith('pageerror')),
      'page errors',
    ).toEqual([]);
    await w.context.close();
  }
  open = [];
});

/** Makes every WebGL context fail: the map is the simplified one (SVG, no WebGL). */
function noWebgl() {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    if (String(args[0]).includes('webgl')) return null;
    return (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
  } as typeof getContext;
}

async function openEditor(options: { query?: string; simplified?: boolean } = {}): Promise<Watched> {
  const w = await openPage();
  open.push(w);
  if (options.simplified) await w.page.addInitScript(noWebgl);
  await w.page.goto(`${EDIT_URL}${options.query ?? ''}`);
  await w.page.waitForSelector(`${MAP}[ready]`, { timeout: 45_000 });
  return w;
}

const draft = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('archipelago-editor')?.dataset)));

const editor = (page: Page, selector: string) => page.locator(`archipelago-editor ${selector}`);

/** The centre of a city's island on screen (its hit circle). */
async function islandAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${MAP} [data-city="${id}"] circle.hit`).boundingBox();
  if (!box) throw new Error(`no island ${id}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where a place is on the page now, through the map in use (MapLibre or the simplified map). */
function pageXY(page: Page, lngLat: [number, number]) {
  return page.evaluate((at) => {
    const map = document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('archipelago-map');
    const view = (map as unknown as { view: { project(p: number[]): number[] } }).view;
    const box = map?.shadowRoot?.querySelector('.map')?.getBoundingClientRect();
    const [x = 0, y = 0] = view.project(at);
    return { x: (box?.left ?? 0) + x, y: (box?.top ?? 0) + y };
  }, lngLat);
}

function camera(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('archipelago-map');
    return (map as unknown as { view: { camera(): unknown } }).view.camera();
  });
}

async function chooseMode(page: Page, mode: string): Promise<void> {
  await editor(page, `[data-mode="${mode}"]`).click();
  await expect.poll(() => editor(page, `[data-mode="${mode}"]`).getAttribute('aria-pressed')).toBe('true');
}

const near = (a: number, b: number, within: number) => Math.abs(a - b) <= within;

describe('editing on the map', () => {
  it('shows each valid draft in place: no loading state, the camera stays', async () => {
    const { page } = await openEditor();
    await page.evaluate(() => {
      const map = document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('archipelago-map');
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        if (!map?.hasAttribute('ready')) seen.push('not ready');
        if (map?.shadowRoot?.querySelector('.loading')) seen.push('loading');
      }).observe(map as Node, { attributes: true });
      new MutationObserver(() => {
        if (map?.shadowRoot?.querySelector('.loading')) seen.push('loading');
      }).observe(map?.shadowRoot as Node, { childList: true, subtree: true });
      const view = (map as unknown as { view: { jumpTo(c: unknown): void } }).view;
      view.jumpTo({ center: [18, 58], zoom: 4.4, bearing: 0 });
    });
    const before = await camera(page);
    expect(before).toMatchObject({ zoom: 4.4 });
    const oslo = await islandAt(page, 'oslo');
    const index = (await draft(page)).cities.findIndex((c: { id: string }) => c.id === 'oslo');
    await editor(page, `[data-item="${index}"]`).click();
    await editor(page, `[data-path="cities[${index}].coordinates[0]"]`).fill('12.2');
    await expect
      .poll(async () => (await islandAt(page, 'oslo')).x, { timeout: 10_000 })
      .toBeGreaterThan(oslo.x + 10);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    expect(await camera(page)).toEqual(before);
    expect(await page.locator(MAP).getAttribute('src')).toBeNull();
  });

  it.each([
    ['MapLibre', false],
    ['the simplified map', true],
  ])(
    'adds a city where the map is clicked (%s), opens its form, and Ctrl+Z takes it away',
    async (_, simplified) => {
      const { page } = await openEditor({ simplified });
      if (simplified) expect(await page.locator(`${MAP} [data-simplified]`).count()).toBe(1);
      const n = (await draft(page)).cities.length;
      await chooseMode(page, 'add');
      const sea = await pageXY(page, [19.6, 56.2]);
      await page.mouse.click(sea.x, sea.y);
      await expect.poll(async () => (await draft(page)).cities.length).toBe(n + 1);
      const city = (await draft(page)).cities[n];
      expect(near(city.coordinates[0], 19.6, 0.05) && near(city.coordinates[1], 56.2, 0.05)).toBe(true);
      // The form of the new city is open, its first field focused, its coordinates filled in.
      await expect
        .poll(() => editor(page, `[data-path="cities[${n}].coordinates[0]"]`).inputValue())
        .toBe(String(city.coordinates[0]));
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(async () => (await draft(page)).cities.length).toBe(n);
    },
  );

  it('adds a city by keyboard: Add city, then the coordinates typed into the form', async () => {
    const { page } = await openEditor();
    const n = (await draft(page)).cities.length;
    await editor(page, '[data-add="cities"]').focus();
    await page.keyboard.press('Enter');
    await editor(page, `[data-path="cities[${n}].coordinates[0]"]`).focus();
    await page.keyboard.type('19.6');
    await page.keyboard.press('Tab');
    await page.keyboard.type('56.2');
    expect((await draft(page)).cities[n].coordinates).toEqual([19.6, 56.2]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(async () => (await draft(page)).cities.length).toBe(n);
  });

  it.each([
    ['MapLibre', false],
    ['the simplified map', true],
  ])(
    'moves a city by dragging its island (%s): the island follows the pointer, one edit on release',
    async (_, simplified) => {
      const { page } = await openEditor({ simplified });
      const start = (await draft(page)).cities.find((c: { id: string }) => c.id === 'oslo').coordinates;
      const from = await islandAt(page, 'oslo');
      const to = { x: from.x + 90, y: from.y + 60 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 45, from.y + 30, { steps: 6 });
      // Mid-drag: the island is under the pointer, the draft not changed yet.
      const mid = await islandAt(page, 'oslo');
      expect(near(mid.x, from.x + 45, 3) && near(mid.y, from.y + 30, 3)).toBe(true);
      expect((await draft(page)).cities.find((c: { id: string }) => c.id === 'oslo').coordinates).toEqual(
        start,
      );
      expect(await editor(page, '[data-preview="move"]').count()).toBe(1);
      await page.mouse.move(to.x, to.y, { steps: 6 });
      await page.mouse.up();
      const moved = (await draft(page)).cities.find((c: { id: string }) => c.id === 'oslo').coordinates;
      expect(moved[0]).toBeGreaterThan(start[0]);
      expect(moved[1]).toBeLessThan(start[1]);
      // The map takes the new draft; the island stays where it was dropped.
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('.gesture-preview'),
          ),
        )
        .toBeNull();
      const dropped = await islandAt(page, 'oslo');
      expect(near(dropped.x, to.x, 3) && near(dropped.y, to.y, 3)).toBe(true);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const map = document
              .querySelector('archipelago-editor')
              ?.shadowRoot?.querySelector('archipelago-map');
            return (
              map?.data as { cities: { id: string; coordinates: number[] }[] } | undefined
            )?.cities.find((c) => c.id === 'oslo')?.coordinates;
          }),
        )
        .toEqual(moved);
      // The links are drawn at rest, as exact arcs: none keeps a moving frame's matrix.
      const placed = await page.evaluate(() => {
        const map = document
          .querySelector('archipelago-editor')
          ?.shadowRoot?.querySelector('archipelago-map');
        const lines = [
          ...(map?.shadowRoot?.querySelectorAll<SVGPathElement>('[data-link] .link-line') ?? []),
        ];
        return {
          lines: lines.length,
          moved: lines.filter((l) => l.transform.baseVal.numberOfItems > 0).length,
        };
      });
      expect(placed.lines).toBeGreaterThan(0);
      expect(placed.moved).toBe(0);
      expect(await editor(page, '[data-gesture-status]').textContent()).toContain('Oslo');
      await page.keyboard.press('ControlOrMeta+Z');
      await expect
        .poll(async () => (await draft(page)).cities.find((c: { id: string }) => c.id === 'oslo').coordinates)
        .toEqual(start);
      await expect
        .poll(async () => (await islandAt(page, 'oslo')).x, { timeout: 10_000 })
        .toBeLessThan(from.x + 3);
    },
  );

  it('drops a drag on Escape: the island goes back and the draft is unchanged', async () => {
    const { page } = await openEditor();
    const before = await draft(page);
    const from = await islandAt(page, 'oslo');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
    expect((await islandAt(page, 'oslo')).x).toBeGreaterThan(from.x + 50);
    await page.keyboard.press('Escape');
    const back = await islandAt(page, 'oslo');
    expect(near(back.x, from.x, 1) && near(back.y, from.y, 1)).toBe(true);
    await page.mouse.up();
    expect(await draft(page)).toEqual(before);
    expect(await editor(page, '[data-undo]').isDisabled()).toBe(true);
  });

  it('moves a city by keyboard: its coordinates typed into the form, undone by Ctrl+Z', async () => {
    const { page } = await openEditor();
    const index = (await draft(page)).cities.findIndex((c: { id: string }) => c.id === 'oslo');
    const start = (await draft(page)).cities[index].coordinates;
    const from = await islandAt(page, 'oslo');
    await editor(page, `[data-item="${index}"]`).focus();
    await page.keyboard.press('Enter');
    await editor(page, `[data-path="cities[${index}].coordinates[0]"]`).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12.5');
    await expect
      .poll(async () => (await islandAt(page, 'oslo')).x, { timeout: 10_000 })
      .toBeGreaterThan(from.x + 10);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(async () => (await draft(page)).cities[index].coordinates).toEqual(start);
  });

  it('draws a partnership by dragging from one island to another, and opens its form', async () => {
    const { page } = await openEditor();
    const before = await draft(page);
    await chooseMode(page, 'link');
    const riga = await islandAt(page, 'riga');
    const warsaw = await islandAt(page, 'warsaw');
    await page.mouse.move(riga.x, riga.y);
    await page.mouse.down();
    await page.mouse.move((riga.x + warsaw.x) / 2, (riga.y + warsaw.y) / 2, { steps: 6 });
    expect(await editor(page, '[data-preview="link"] line').count()).toBe(1);
    await page.mouse.move(warsaw.x, warsaw.y, { steps: 6 });
    await page.mouse.up();
    const l = before.links.length;
    await expect.poll(async () => (await draft(page)).links.length).toBe(l + 1);
    const link = (await draft(page)).links[l];
    expect(link).toMatchObject({ source: 'riga', target: 'warsaw', type: before.linkTypes[0].id });
    expect(before.links.map((x: { id: string }) => x.id)).not.toContain(link.id);
    await expect.poll(() => editor(page, `[data-path="links[${l}].source"]`).inputValue()).toBe('riga');
    expect(await editor(page, '[data-preview]').count()).toBe(0);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(async () => (await draft(page)).links.length).toBe(l);
  });

  it('draws a partnership by keyboard: Enter on one island, then on another', async () => {
    const { page } = await openEditor();
    const l = (await draft(page)).links.length;
    await chooseMode(page, 'link');
    await page.locator(`${MAP} [data-city="riga"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor(page, '[data-gesture-status]').textContent()).toContain('Riga');
    await page.locator(`${MAP} [data-city="oslo"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await draft(page)).links.length).toBe(l + 1);
    expect((await draft(page)).links[l]).toMatchObject({ id: 'riga-oslo', source: 'riga', target: 'oslo' });
    // The map selected nothing and opened no panel of its own.
    expect(await page.locator(MAP).getAttribute('selected')).toBeNull();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(async () => (await draft(page)).links.length).toBe(l);
  });

  it("picks a group's members by clicking islands, and by Enter and the member boxes", async () => {
    const { page } = await openEditor();
    await chooseMode(page, 'members');
    const members = async () => (await draft(page)).groups[0].members;
    const start = await members();
    expect(start).not.toContain('stockholm');
    await expect.poll(() => editor(page, '[data-gesture-status]').textContent()).toContain('Gulf of Finland');
    const stockholm = await islandAt(page, 'stockholm');
    await page.mouse.click(stockholm.x, stockholm.y);
    await expect.poll(members).toEqual([...start, 'stockholm']);
    // The member box says so too.
    await expect.poll(() => editor(page, '#f-groups-0-members-stockholm').isChecked()).toBe(true);
    await page.mouse.click(stockholm.x, stockholm.y);
    await expect.poll(members).toEqual(start);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(members).toEqual([...start, 'stockholm']);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(members).toEqual(start);

    await page.locator(`${MAP} [data-city="oslo"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(members).toEqual([...start, 'oslo']);
    await editor(page, '#f-groups-0-members-oslo').focus();
    await page.keyboard.press('Space');
    await expect.poll(members).toEqual(start);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(members).toEqual([...start, 'oslo']);
  });

  it.each(['light', 'dark', 'projector'])('passes axe in the %s theme with the map modes', async (theme) => {
    const { page } = await openEditor({ query: `&theme=${theme}` });
    await chooseMode(page, 'link');
    await page.locator(`${MAP} [data-city="riga"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor(page, '[data-gesture-status]').textContent()).toContain('Riga');
    expect(await axeViolations(page, `editor modes ${theme}`)).toEqual([]);
  });
});
