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
  const what = faces.join('; ');
  console.warn(
    outcome === 'timeout'
      ? `archipelago-map: fonts did not load within ${timeoutMs} ms (${what}); drawing with the fallback font.`
      : `archipelago-map: fonts could not be loaded (${what}: ${String(outcome)}); drawing with the fallback font.`,
  );
  return false;
}

/** What the first picture draws text with: the labels (as styled now) and the interface's own font. */
const TEXT = '.city-label, .group-label, .map-labels text';

/**
 * The faces the element's first picture uses, read from its shadow root as styled (themes and
 * `--archipelago-font-family` included), and the text they draw (for the faces' unicode ranges).
 * The basemap's names use the interface's family, upright and italic, at 400.
 */
export function firstPictureFonts(host: Element): { faces: string[]; text: string } {
  const root = host.shadowRoot;
  const view = host.ownerDocument.defaultView;
  if (!root || !view) return { faces: [], text: '' };
  const faces = new Set<string>();
  const chars = new Set<string>();
  const add = (el: Element, style?: string, weight?: string) => {
    const css = view.getComputedStyle(el);
    if (!css.fontFamily) return;
    faces.add(`${style ?? css.fontStyle} ${weight ?? css.fontWeight} ${css.fontSize} ${css.fontFamily}`);
  };
  const seen = new Set<string>();
  for (const el of root.querySelectorAll(TEXT)) {
    for (const c of el.textContent ?? '') chars.add(c);
    // One look per kind of label (class list), not per label: there may be thousands.
    const kind = `${el.tagName} ${el.getAttribute('class') ?? ''}`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    add(el);
  }
  const frame = root.querySelector('.frame') ?? root.firstElementChild;
  if (frame) {
    add(frame, 'normal', '400');
    add(frame, 'italic', '400');
  }
  return { faces: [...faces], text: [...chars].join('') };
}

/** {@link fontsReady} for the faces of the element's first picture. */
export function labelFontsReady(host: Element, timeoutMs = FONT_TIMEOUT_MS): Promise<boolean> {
  const { faces, text } = firstPictureFonts(host);
  return fontsReady(host.ownerDocument, faces, timeoutMs, text);
}
