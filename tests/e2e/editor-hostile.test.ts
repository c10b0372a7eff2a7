import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, openPage, type Watched } from './harness';

// The editor's side of tests/e2e/hostile.test.ts: a draft whose every text (and an id) is markup and
// script shows each one as text in every editor field, in the item lists, in the problems and in the
// delete question, and never turns one into an element or an attribute.

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><iframe src=javascript:window.__pwned=1></iframe>",
  '&lt;b&gt; &amp; {{7*7}} $& \u202Eevil\u202C',
];
const TEXT_KEYS = new Set(['name', 'description', 'role', 'note', 'title', 'label']);

/** Every text under a text key replaced by a numbered payload; ids and structure kept. */
function hostileCopy(data: unknown): unknown {
  let n = 0;
  const text = (value: unknown): unknown => {
    if (typeof value === 'string') return `${PAYLOADS[n++ % PAYLOADS.length]} ‹${n}›`;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v)]));
    return value;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, TEXT_KEYS.has(key) ? text(v) : walk(v)]),
    );
  };
  return walk(data);
}

const hostile = hostileCopy(shipped) as {
  cities: { id: string; name: Record<string, string> }[];
  linkTypes: { color?: string }[];
  links: unknown[];
  groups: unknown[];
};
// One id that is itself a payload: the validator names it in a problem.
hostile.cities[0]!.id = '<img src=x onerror="window.__pwned=1">';
// A type's colour that would close a style and open markup: refused, shown as text, never used as a colour.
const HOSTILE_COLOR = '#000;}</style><img src=x onerror="window.__pwned=1">';
hostile.linkTypes[1]!.color = HOSTILE_COLOR;

let w: Watched;
beforeAll(async () => {
  w = await openPage();
  await w.page.goto(`${baseURL}index.html?edit`);
  await w.page.waitForFunction(
    () => !!document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('[data-add]'),
  );
  await w.page.evaluate((data) => {
    const editor = document.querySelector('archipelago-editor');
    if (editor) editor.dataset = data;
  }, hostile);
});
afterAll(async () => {
  expect(w.outside).toEqual([]);
  await w.context.close();
});

/** Elements and attributes in the editor's panel and dialog that data could have made. */
function audit(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('archipelago-editor')?.shadowRoot;
    const bad: string[] = [];
    for (const el of root?.querySelectorAll('.panel *, dialog *') ?? []) {
      const tag = el.tagName.toLowerCase();
      if (['img', 'script', 'iframe', 'svg', 'object', 'embed', 'style', 'a', 'b'].includes(tag))
        bad.push(tag);
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) bad.push(`${tag}[${attr.name}]`);
        // Names are labels too (aria-label): text attributes may hold them, no other may.
        if (attr.value.includes('‹') && attr.name !== 'aria-label')
          bad.push(`${tag}[${attr.name}="${attr.value}"]`);
      }
    }
    const values = [...(root?.querySelectorAll<HTMLInputElement>('.panel input[type="text"]') ?? [])].map(
      (i) => i.value,
    );
    return {
      bad,
      values,
      text: root?.querySelector('.panel')?.textContent ?? '',
      pwned: (window as { __pwned?: unknown }).__pwned,
    };
  });
}

describe('hostile strings in the editor', () => {
  it('keeps every payload as text in the fields of a city, a partnership, a group and a link type', async () => {
    const { page } = w;
    for (const tab of ['cities', 'links', 'groups', 'linkTypes'] as const) {
      await page.locator(`archipelago-editor [data-tab="${tab}"]`).click();
      await page.locator('archipelago-editor [data-item="1"]').click();
      const { bad, values, pwned } = await audit(page);
      expect(bad, tab).toEqual([]);
      expect(pwned).toBeUndefined();
      const planted = values.filter((v) => v.includes('‹'));
      expect(planted.length, `${tab}: fields showing payloads`).toBeGreaterThan(1);
      for (const v of planted)
        expect(
          PAYLOADS.some((p) => v.startsWith(p)),
          v,
        ).toBe(true);
    }
  });

  it('shows a hostile id as text in the problems, and a hostile name as text in the delete question', async () => {
    const { page } = w;
    const { text, bad } = await audit(page);
    expect(text).toContain('cities[0].id');
    expect(text).toContain('"<img src=x onerror=\\"window.__pwned=1\\">"');
    expect(bad).toEqual([]);
    await page.locator('archipelago-editor [data-tab="cities"]').click();
    await page.locator('archipelago-editor [data-item="2"]').click();
    await page.locator('archipelago-editor .form [data-delete]').click();
    const question = await page.locator('archipelago-editor dialog[open]').textContent();
    expect(question).toContain(hostile.cities[2]!.name.en);
    expect((await audit(page)).bad).toEqual([]);
    await page.locator('archipelago-editor dialog [data-cancel]').click();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('refuses a link type colour that is markup: named in the problems, kept as text, never a colour', async () => {
    const { page } = w;
    await page.locator('archipelago-editor [data-tab="linkTypes"]').click();
    await page.locator('archipelago-editor [data-item="1"]').click();
    const { text, bad, values, pwned } = await audit(page);
    expect(text).toContain('linkTypes[1].color');
    expect(bad).toEqual([]);
    expect(pwned).toBeUndefined();
    expect(values).toContain(HOSTILE_COLOR);
    // Neither the picker nor the contrast preview takes it: no contrast is measured for what is no colour.
    expect(await page.locator('archipelago-editor .type-color input[type="color"]').inputValue()).toMatch(
      /^#[0-9a-f]{6}$/,
    );
    expect(await page.locator('archipelago-editor [data-contrast]').count()).toBe(0);
    // Its problem leads to its field.
    await page.locator('archipelago-editor [data-tab="cities"]').click();
    await page.locator('archipelago-editor [data-problem="linkTypes[1].color"]').click();
    const at = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('data-path');
    });
    expect(at).toBe('linkTypes[1].color');
  });
});
