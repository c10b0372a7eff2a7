// The page side of `npm run bench`, installed with `page.addInitScript` in every bench page before the
// page's own scripts. Plain JavaScript on purpose: functions the runner (run by tsx) passed to
// `page.evaluate` would carry esbuild's `__name` helper, which the page does not have.
(() => {
  // The overlay pushes the milliseconds of each of its frame draws here (src/overlay/svg-overlay.ts).
  globalThis.__archipelagoOverlayTimes = [];

  // `__benchReady` settles with the first of `__benchReadyAt` (ms since navigation start) or `__benchError`,
  // so the runner awaits it rather than polling the page while it loads.
  let settle;
  window.__benchReady = new Promise((resolve) => {
    settle = resolve;
  });
  // The first of the two to be set wins; later writes to either are ignored.
  const outcome = {};
  const settleOnSet = (name, key) =>
    Object.defineProperty(window, name, {
      get: () => outcome[key],
      set: (value) => {
        if ('readyAt' in outcome || 'error' in outcome) return;
        outcome[key] = value;
        settle({ [key]: value });
      },
    });
  settleOnSet('__benchReadyAt', 'readyAt');
  settleOnSet('__benchError', 'error');

  // The app announces readiness with an event; the bench pages set `__benchReadyAt` themselves.
  document.addEventListener('archipelago-ready', () => {
    window.__benchReadyAt = performance.now();
  });
  document.addEventListener('archipelago-error', (event) => {
    window.__benchError = JSON.stringify(event.detail);
  });

  const findMap = () => {
    const map = window.__benchMap ?? document.querySelector('archipelago-map')?.view?.map;
    if (!map) throw new Error('bench probe: no MapLibre map on this page');
    return map;
  };

  const idle = (map) =>
    new Promise((resolve) => {
      map.once('idle', resolve);
      map.triggerRepaint();
    });

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  window.__bench = {
    /** What loaded before ready (the document and every resource that ended by then), by URL. */
    loadedBeforeReady() {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ];
      return entries.filter((e) => e.responseEnd <= outcome.readyAt).map((e) => e.name);
    },

    /** The map's size in CSS pixels, so the bench pages can match the app's. */
    mapSize() {
      const container = findMap().getContainer();
      return { width: container.clientWidth, height: container.clientHeight };
    },

    /**
     * Starts the lazy 1:10m basemap load (the basemap asks for it on a `zoom` event past the switch) and
     * waits until it is in (its arrival caps the 1:50m layers at the switch zoom), at the path's start: a
     * one-off load would otherwise land in the middle of the frames measured. Both jumps happen before the
     * map draws again, so no frame is drawn at the deepest point.
     */
    async prepare(deepest, start) {
      const map = findMap();
      map.jumpTo(deepest);
      map.jumpTo(start);
      for (let waited = 0; waited < 20000; waited += 50) {
        if ((map.getLayer('land-50m')?.maxzoom ?? 24) < 24) break;
        await sleep(50);
      }
      await idle(map);
    },

    /**
     * Drives the camera through `segments` with MapLibre's own animation (linear `easeTo`), as a reader's
     * drag, zoom or a chapter flight does: `move` every frame, `moveend` once per segment. A `jumpTo` per
     * frame would fire `moveend` every frame, which makes the app redraw twice and write the URL each frame.
     * Returns the intervals between animation frames (whole-frame time) and the overlay's work in each.
     */
    /**
     * Steps the `year` attribute through every year of the synthetic data (1995–2024, and one more) and
     * back, one step a frame. Per step: the element's whole update (to `updateComplete`, with the page's
     * own `archipelago-state` handler), and the overlay's work: filtering, setting what is shown (timed by
     * wrapping the element's network and overlay, private fields reached as `view.map` is above) and the
     * overlay's draws in the next frame.
     */
    async runYears() {
      const el = document.querySelector('archipelago-map');
      const draws = globalThis.__archipelagoOverlayTimes;
      const update = [];
      const overlay = [];
      let work = 0;
      const timed = (obj, name) => {
        const original = obj[name];
        obj[name] = function (...args) {
          const t0 = performance.now();
          try {
            return original.apply(this, args);
          } finally {
            work += performance.now() - t0;
          }
        };
        return () => {
          obj[name] = original;
        };
      };
      const restore = [timed(el.network, 'filter'), timed(el.overlay, 'setEmphasis')];
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const years = [];
      for (let y = 1995; y <= 2025; y++) years.push(y);
      for (const year of [...years, ...[...years].reverse()]) {
        await frame();
        draws.length = 0;
        work = 0;
        const t0 = performance.now();
        el.setAttribute('year', String(year));
        await el.updateComplete;
        update.push(performance.now() - t0);
        await frame();
        overlay.push(work + draws.reduce((a, b) => a + b, 0));
      }
      for (const undo of restore) undo();
      el.removeAttribute('year');
      return { update, overlay };
    },

    async runCamera(segments) {
      const map = findMap();
      const draws = globalThis.__archipelagoOverlayTimes;
      const stamps = [];
      // The overlay's work per frame: what it pushed between two animation frames (its `move` draw and,
      // at the end of a leg, the `moveend` redraw in the same frame).
      const overlay = [];
      let counted = 0;
      let recording = true;
      const tick = (time) => {
        if (stamps.length > 0) {
          let sum = 0;
          for (; counted < draws.length; counted++) sum += draws[counted];
          overlay.push(sum);
        }
        stamps.push(time);
        if (recording) requestAnimationFrame(tick);
      };
      draws.length = 0;
      requestAnimationFrame(tick);
      const started = performance.now();
      for (const { duration, ...camera } of segments) {
        await new Promise((resolve) => {
          map.once('moveend', resolve);
          map.easeTo({ ...camera, duration, easing: (t) => t, essential: true });
        });
      }
      const elapsed = performance.now() - started;
      recording = false;
      // The frame in flight when the path ends has not been closed by a tick: wait for it.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const frames = stamps.slice(1).map((t, i) => t - stamps[i]);
      return { frames, overlay: overlay.slice(0, frames.length), draws: draws.length, elapsed };
    },
  };
})();
