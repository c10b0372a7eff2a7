// The pages the engine tests open besides the built site's own, served by the global setup from the same
// origin. No engine-specific page interception is needed: what a page must record, it records itself
// (a classic script that runs before the element's module).

export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

/** Records, in `window.probe`: uncaught errors, CSP violations, and what the labels look like at `ready`. */
const PROBE = `(() => {
  const probe = { errors: [], violations: [], warnings: [], ready: [] };
  window.probe = probe;
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    probe.warnings.push(Math.round(performance.now()) + ' ' + args.map(String).join(' '));
    warn(...args);
  };
  addEventListener('error', (e) => probe.errors.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => probe.errors.push('unhandled: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    probe.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  document.addEventListener('archipelago-ready', (e) => {
    const root = e.target.shadowRoot;
    const label = root && root.querySelector('.city-label:not(.external)');
    if (!label) return probe.ready.push({ label: null });
    const css = getComputedStyle(label);
    const font = css.fontStyle + ' ' + css.fontWeight + ' ' + css.fontSize + ' ' + css.fontFamily;
    const faces = [];
    document.fonts.forEach((f) => faces.push({
      family: f.family.replace(/["']/g, ''), weight: f.weight, style: f.style, status: f.status,
    }));
    probe.ready.push({
      at: Math.round(performance.now()),
      label: label.textContent,
      family: css.fontFamily,
      weight: css.fontWeight,
      check: document.fonts.check(font, label.textContent),
      faces,
    });
  });
})();
`;

function moduleSrc(html: string): string {
  const src = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('no module script in the built page');
  return src;
}

/** A font file the test server answers only after this long, with 404. */
export const LOST_FONT = { path: '/engines/lost.woff2', delayMs: 60_000 };

/** Pages by path. `indexHtml` and `embedHtml` are the built `dist/index.html` and `dist/embed.html`. */
export function testPages(indexHtml: string, embedHtml: string): Record<string, string> {
  const probe = '<script src="./engines/probe.js"></script>';
  const embedModule = moduleSrc(embedHtml);
  return {
    '/engines/probe.js': PROBE,
    // The app's page as built, with the probe first in <head>.
    '/engines-app.html': indexHtml.replace('<head>', `<head>${probe}`),
    // The element alone under a strict Content Security Policy (served with the header).
    '/engines-csp.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${probe}
      <script type="module" src="./${embedModule}"></script></head>
      <body><archipelago-map style="display:block;height:600px"></archipelago-map></body></html>`,
    // The app's page with a labels' font that never arrives (its file is answered only after 60 s, with 404).
    '/engines-lost-font.html': indexHtml.replace(
      '<head>',
      `<head>${probe}<style>@font-face { font-family: "Noto Sans"; font-weight: 100 900; src: url(./engines/lost.woff2) format("woff2"); }</style>`,
    ),
    // A partner's page with the iframe embed and embed-resize.js.
    '/engines-parent.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title><link rel="icon" href="data:,"></head>
      <body style="margin:0">
      <iframe data-archipelago src="./embed.html?theme=dark" title="map" style="width:800px;height:150px;border:0"></iframe>
      <script src="./embed-resize.js"></script></body></html>`,
  };
}
