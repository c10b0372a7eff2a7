import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Every axe violation on the page now, one line per element: `state · rule: target — what is wrong`. */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => {
      const why = (n.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
      return `${state} · ${v.id}: ${JSON.stringify(n.target)} — ${why}`;
    }),
  );
}

export interface TargetReport {
  /** How many visible targets were measured. */
  count: number;
  /** The smallest side found (CSS px) and the target it belongs to. */
  smallest: { size: number; name: string };
  /** Targets under 24×24 CSS px whose 24 px circle touches another target (WCAG 2.5.8 fails). */
  offenders: string[];
}

/**
 * Measures every visible interactive element — in the page and in every open shadow root — against
 * WCAG 2.5.8 Target Size (Minimum): at least 24×24 CSS px, or (the spacing exception) a 24 px circle
 * centred on it that meets no other target and no other small target's circle. A checkbox inside its
 * `<label>` is measured with its label (the label is part of what can be clicked).
 */
export function measureTargets(page: Page): Promise<TargetReport> {
  return page.evaluate(() => {
    const SELECTOR =
      'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], [role="option"], [data-city], summary';
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(SELECTOR)) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ||
        el.getAttribute('data-city') ||
        el.textContent?.trim().slice(0, 30) ||
        el.getAttribute('title') ||
        el.getAttribute('class') ||
        '';
      return `${el.tagName.toLowerCase()} "${name}"`;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0.05;
    };
    const targets = found.filter(visible).map((el) => {
      let rect = el.getBoundingClientRect();
      const box = el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type);
      const label = box ? el.closest('label') : null;
      if (label) {
        const l = label.getBoundingClientRect();
        rect = new DOMRect(
          Math.min(l.left, rect.left),
          Math.min(l.top, rect.top),
          Math.max(l.right, rect.right) - Math.min(l.left, rect.left),
          Math.max(l.bottom, rect.bottom) - Math.min(l.top, rect.top),
        );
      }
      return { el, rect, name: describe(el) };
    });
    const small = targets.filter((t) => t.rect.width < 24 - 0.01 || t.rect.height < 24 - 0.01);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return Math.hypot(dx, dy);
    };
    const offenders: string[] = [];
    for (const t of small) {
      const c = centre(t.rect);
      const clash = targets.find((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        const isSmall = small.includes(o);
        if (isSmall) return Math.hypot(centre(o.rect).x - c.x, centre(o.rect).y - c.y) < 24 - 0.01;
        return distanceToRect(c, o.rect) < 12 - 0.01;
      });
      if (clash) {
        offenders.push(
          `${t.name} ${Math.round(t.rect.width)}×${Math.round(t.rect.height)} too close to ${clash.name}`,
        );
      }
    }
    let smallest = { size: Number.POSITIVE_INFINITY, name: '' };
    for (const t of targets) {
      const size = Math.min(t.rect.width, t.rect.height);
      if (size < smallest.size) {
        smallest = {
          size: Math.round(size * 10) / 10,
          name: `${t.name} ${Math.round(t.rect.width)}×${Math.round(t.rect.height)}`,
        };
      }
    }
    return { count: targets.length, smallest, offenders };
  });
}

export interface FocusReport {
  /** Whether a focus indicator is drawn: an outline, or (islands) a changed stroke on `.land`. */
  visible: boolean;
  /** Whether the element's centre is the element itself (not under the toolbar, legend or panel). */
  unobscured: boolean;
  what: string;
}

/** Describes the focus indicator of the element that has focus now (looking through shadow roots). */
export function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { visible: false, unobscured: false, what: 'nothing focused' };
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('data-city') ? `[data-city=${el.getAttribute('data-city')}]` : ''}`;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    let stroke = false;
    const land = el.querySelector('.land, .badge');
    if (land) {
      // The focus style (4 px in the focus colour) is thicker than hover and selection (3 px).
      const s = getComputedStyle(land);
      stroke = Number.parseFloat(s.strokeWidth) >= 4 && s.stroke !== 'none';
    }
    // A link that wraps is measured on its first line; a large region on the part inside the viewport.
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const left = Math.max(box.left, 0);
    const r = new DOMRect(
      left,
      top,
      Math.min(box.right, innerWidth) - left,
      Math.min(box.bottom, innerHeight) - top,
    );
    const root = el.getRootNode() as Document | ShadowRoot;
    const hits = (x: number, y: number) => {
      const hit = root.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit));
    };
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (r.width <= 0 || r.height <= 0)
      return { visible: false, unobscured: false, what: `${what} outside the viewport` };
    // A control's centre must be its own; a large region (the map canvas, the panel) must show somewhere.
    const large = r.width > 200 && r.height > 200;
    const grid = [0.25, 0.5, 0.75].flatMap((fx) => [0.25, 0.5, 0.75].map((fy) => [fx, fy] as const));
    const unobscured = large
      ? grid.some(([fx, fy]) => hits(r.left + r.width * fx, r.top + r.height * fy))
      : hits(r.left + r.width / 2, r.top + r.height / 2);
    const over = hit ? `${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}` : 'nothing';
    const at = `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    return { visible: outline || stroke, unobscured, what: `${what} at ${at}, under ${over}` };
  });
}

/** Waits two animation frames: Lit has rendered and a camera jump has been drawn. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Whether the focused element (through shadow roots) is inside `<archipelago-map>`. */
function focusInMap(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.localName === 'archipelago-map');
}

/**
 * Tabs through every focus stop inside the map, from where focus is now, until focus leaves the map
 * (or `max` stops), and checks each stop: a visible focus indicator, and not hidden behind the chrome.
 */
export async function tabThrough(
  page: Page,
  max = 120,
): Promise<{ stops: number; islands: number; problems: string[] }> {
  const problems: string[] = [];
  let stops = 0;
  let islands = 0;
  let entered = false;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    await settle(page);
    const inside = await focusInMap(page);
    if (!inside) {
      if (entered) break;
      continue;
    }
    entered = true;
    stops++;
    const report = await focusReport(page);
    if (report.what.includes('[data-city=')) islands++;
    if (!report.visible) problems.push(`no visible focus indicator: ${report.what}`);
    if (!report.unobscured) problems.push(`focus hidden behind something: ${report.what}`);
  }
  return { stops, islands, problems };
}
