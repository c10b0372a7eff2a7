/**
 * Ready means readable: before the element says `ready`, the font faces its first picture uses have
 * loaded, so a screenshot or `exportImage()` taken at `ready` shows every island's name in the intended
 * face. Firefox, for one, draws nothing for a web font's text while the face is still loading. A face that
 * never arrives must not hold the map back: after a time limit `ready` comes with the fallback font, and
 * a console warning says so.
 */

/** How long `ready` waits for the labels' fonts. */
export const FONT_TIMEOUT_MS = 3000;

/**
 * Loads the given faces (CSS `font` shorthands, e.g. `italic 600 15px "Noto Sans", sans-serif`) for
 * `text` (only the faces whose unicode-range covers it), waiting at most `timeoutMs`. Resolves true once
 * all have loaded (or there is nothing to load: no web font matches), false on timeout or a failed face,
 * with a console warning.
 */
export async function fontsReady(
  doc: Document,
  faces: string[],
  timeoutMs: number,
  text?: string,
): Promise<boolean> {
  const set = doc.fonts;
  if (!set || faces.length === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const loads = Promise.all(faces.map((face) => set.load(face, text || undefined))).then(
    () => 'loaded' as const,
    (error: unknown) => error,
  );
  const outcome = await Promise.race([loads, timeout]);
  clearTimeout(timer);
  if (outcome === 'loaded') return true;
  const why = outcome === 'timeout' ? `did not load within ${timeoutMs} ms` : `failed (${String(outcome)})`;
  console.warn(`archipelago-map: fonts ${why} (${faces.join('; ')}); drawing with the fallback font.`);
  return false;
}

/** What the first picture draws text with: the labels (as styled now) and the interface's own font. */
const TEXT = '.city-label, .group-label, .map-labels text';

/**
 * {@link fontsReady} for the faces the element's first picture uses, read from its shadow root as styled
 * (themes and `--archipelago-font-family` included), for the text they draw (the faces' unicode ranges).
 * The basemap's names use the interface's family, upright and italic, at 400.
 */
export function labelFontsReady(host: Element, timeoutMs = FONT_TIMEOUT_MS): Promise<boolean> {
  const faces = new Set<string>();
  const kinds = new Set<string>();
  let text = '';
  const add = (el: Element | null, style?: string, weight?: string) => {
    if (!el) return;
    const css = getComputedStyle(el);
    faces.add(`${style ?? css.fontStyle} ${weight ?? css.fontWeight} ${css.fontSize} ${css.fontFamily}`);
  };
  for (const el of host.shadowRoot?.querySelectorAll(TEXT) ?? []) {
    text += el.textContent;
    // One look per kind of label (class list), not per label: there may be thousands.
    const kind = el.getAttribute('class') ?? '';
    if (!kinds.has(kind)) add(el);
    kinds.add(kind);
  }
  const frame = host.shadowRoot?.querySelector('.frame') ?? null;
  add(frame, 'normal', '400');
  add(frame, 'italic', '400');
  return fontsReady(host.ownerDocument, [...faces], timeoutMs, [...new Set(text)].join(''));
}
