/**
 * MapLibre's stylesheet, cut to the parts this element uses: the map, its canvas, the compact
 * attribution and gesture classes. Popups, markers and the controls the element draws itself (zoom,
 * compass, geolocation, fullscreen, scale, terrain, globe, logo) and their icons go: about 85 % of the
 * file, which would otherwise ship with every map before it is ready.
 */
const UNUSED = [
  'popup',
  'marker',
  'geolocate',
  'user-location',
  'ctrl-compass',
  'ctrl-zoom',
  'ctrl-fullscreen',
  'ctrl-shrink',
  'ctrl-terrain',
  'ctrl-globe',
  'ctrl-scale',
  'ctrl-logo',
  'cooperative-gesture',
  'mobile-message',
  'desktop-message',
  'crosshair',
  'track-pointer',
  'pseudo-fullscreen',
  'ctrl-group',
  'ctrl-icon',
].map((name) => `.maplibregl-${name}`);

interface Block {
  prelude: string;
  body: string;
}

/** Top-level `prelude { body }` blocks; braces inside strings do not occur in this stylesheet. */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return out;
}

function keepSelector(selector: string): boolean {
  return !UNUSED.some((name) => selector.includes(name));
}

export function pruneMapCss(css: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const { prelude, body } of blocks(withoutComments)) {
    if (prelude.startsWith('@keyframes')) continue;
    if (prelude.startsWith('@')) {
      const inner = pruneMapCss(body);
      if (inner) out.push(`${prelude}{${inner}}`);
      continue;
    }
    const selectors = prelude.split(',').filter(keepSelector);
    if (selectors.length > 0) out.push(`${selectors.join(',')}{${body}}`);
  }
  return out.join('');
}
