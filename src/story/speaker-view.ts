import { html, render } from 'lit';
import { type SpeakerStrings, speakerStrings } from '../i18n/speaker-strings';
import { fill, type UiLang } from '../i18n/strings';
import { keyCommand } from '../state/keys';
import { srOnly } from '../styles/sr-only';
import { isStep, stepIndex } from './story';

/**
 * The presenter's speaker view: a second window with the current and the next chapter, the speaker notes
 * and a timer, kept in step with the presenting map both ways.
 *
 * The opener drives the popup directly (no BroadcastChannel, which is unreliable between an opener and
 * its popup under `file://`): `window.open('', name)` gives a same-origin `about:blank` window, this
 * module renders into its document with lit-html and listens to its events. So the popup runs no script
 * of its own, and everything in it stops when the opener goes away (it then says so).
 */

export interface SpeakerChapter {
  id: string;
  title: string;
  caption: string;
  notes: string;
}

export interface SpeakerViewOptions {
  chapters: SpeakerChapter[];
  index: number;
  lang: UiLang;
  /** The speaker asked for this chapter (buttons or keys in the speaker window). */
  onNavigate(index: number): void;
  /**
   * The speaker view went away without `close()`: its window was closed or reloaded by the speaker, or
   * another speaker view took the window over. Called at most once, never by `close()`.
   */
  onClose?(): void;
  /** For tests and tools: the window to use instead of window.open (e.g. an already opened popup). */
  target?: Window;
}

export interface SpeakerView {
  /** Shows this chapter (the presenting map stepped). Does nothing once closed. */
  update(index: number): void;
  /** Stops the timer, lets go of the window's events and closes the window. Safe to call twice. */
  close(): void;
  /** True once closed, by `close()` or by the speaker closing the window. */
  readonly closed: boolean;
  /** The speaker window (e.g. to `focus()` it when S is pressed again). */
  readonly window: Window;
}

/** The name of the speaker window: opening it again reuses (and takes over) the same window. */
export const SPEAKER_WINDOW_NAME = 'archipelago-speaker';
const FEATURES = 'popup,width=960,height=640';
/** Where a speaker view leaves its handle on the popup's window, for the next one to take over. */
const SLOT = '__archipelagoSpeakerView';

interface TimerSnapshot {
  elapsed: number;
  running: boolean;
  at: number;
}

/** What a speaker view leaves on its window: how to let go of it, and its timer when it let go. */
interface Handoff {
  release?: () => TimerSnapshot;
  timer?: TimerSnapshot;
}

/**
 * Opens (or takes over) the speaker window and shows `options.index` in it. Returns null when no window
 * could be had (a popup blocker, a sandbox without `allow-popups`): the caller says so to the presenter.
 * Call it from the key or click handler itself, so the browser counts it as the user's doing.
 */
export function openSpeakerView(options: SpeakerViewOptions): SpeakerView | null {
  const win = options.target ?? openWindow();
  if (!win || !readable(win)) return null;
  const doc = win.document;

  const handoff = takeOver(win);
  const t = speakerStrings(options.lang);
  const chapters = options.chapters.map((c) => ({ ...c }));
  const count = chapters.length;
  const clamp = (i: number) => (count === 0 ? -1 : Math.min(Math.max(Math.trunc(i) || 0, 0), count - 1));
  let index = clamp(options.index);
  let disposed = false;
  let interval: number | undefined;

  // The talk's time: carried over when this view takes over from one whose opener reloaded.
  const carried = handoff?.timer;
  let accumulated = carried
    ? carried.elapsed + (carried.running ? Math.max(Date.now() - carried.at, 0) : 0)
    : 0;
  let runningSince: number | null = !carried || carried.running ? Date.now() : null;
  const elapsed = () => accumulated + (runningSince === null ? 0 : Math.max(Date.now() - runningSince, 0));

  const root = prepareDocument(doc, options.lang, t);

  const paint = () => {
    if (disposed) return;
    const current = chapters[index];
    doc.title = current ? fill(t.documentTitle, { title: current.title }) : t.speakerView;
    render(
      speakerTemplate({
        t,
        current,
        next: chapters[index + 1],
        position: fill(t.position, { n: index + 1, count }),
        canGoBack: index > 0,
        canGoOn: index < count - 1,
        time: formatElapsed(elapsed()),
        paused: runningSince === null,
        go: (command) => go(stepIndex(index, count, command)),
        togglePause,
        reset,
      }),
      root,
      { creationScope: doc },
    );
  };

  const startTicking = () => {
    stopTicking();
    // The popup's own timer: it is the window the speaker looks at, so the browser keeps it running.
    interval = win.setInterval(() => {
      if (win.closed) gone();
      else paint();
    }, 1000);
  };
  const stopTicking = () => {
    if (interval !== undefined) {
      try {
        win.clearInterval(interval);
      } catch {
        // The window is gone, and its timers with it.
      }
    }
    interval = undefined;
  };

  function togglePause(): void {
    if (runningSince === null) {
      runningSince = Date.now();
      startTicking();
    } else {
      accumulated = elapsed();
      runningSince = null;
      stopTicking();
    }
    paint();
  }

  function reset(): void {
    accumulated = 0;
    if (runningSince !== null) {
      runningSince = Date.now();
      startTicking();
    }
    paint();
  }

  function go(target: number): void {
    if (disposed || target < 0 || target === index) return;
    // Shown at once (a fast clicker never steps from a stale index); the map confirms through update().
    index = target;
    paint();
    options.onNavigate(target);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (disposed || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as Element | null;
    const onButton = Boolean(target?.closest?.('button'));
    // Space and Enter on a focused button press that button, as everywhere else.
    if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
    // In a scrolled text the speaker tabbed into, up and down scroll it.
    if (target?.closest?.('[data-scroll]') && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return;
    const command = keyCommand(event.key, 'speaker');
    if (isStep(command)) {
      event.preventDefault();
      go(stepIndex(index, count, command));
    } else if (command === 'pause' && !event.repeat) {
      event.preventDefault();
      togglePause();
    } else if (command === 'reset' && !event.repeat) {
      event.preventDefault();
      reset();
    }
  };

  const snapshot = (): TimerSnapshot => ({
    elapsed: elapsed(),
    running: runningSince !== null,
    at: Date.now(),
  });

  const dispose = (keep: TimerSnapshot | null) => {
    if (disposed) return;
    disposed = true;
    stopTicking();
    window.removeEventListener('pagehide', onOpenerHide);
    try {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('pagehide', onSpeakerHide);
      const slot = handoffOf(win);
      if (slot?.release === release) {
        slot.release = undefined;
        slot.timer = keep ?? undefined;
      }
    } catch {
      // A closed window may refuse; there is nothing left to let go of.
    }
  };

  /** The speaker window was closed or reloaded, or it is simply gone. */
  const gone = () => {
    if (disposed) return;
    dispose(null);
    options.onClose?.();
  };
  const onSpeakerHide = () => gone();

  /** The presenting window is closing or reloading: the speaker window stays, and says so. */
  const onOpenerHide = () => {
    if (disposed) return;
    const time = formatElapsed(elapsed());
    const keep = snapshot();
    stopTicking();
    try {
      doc.title = `${t.speakerView} — ${t.disconnected}`;
      render(disconnectedTemplate(t, time), root, { creationScope: doc });
    } catch {
      // The speaker window is already going too.
    }
    dispose(keep);
  };

  /** Another speaker view takes this window over: it carries the timer on. */
  function release(): TimerSnapshot {
    const keep = snapshot();
    if (!disposed) {
      dispose(keep);
      options.onClose?.();
    }
    return keep;
  }

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('pagehide', onSpeakerHide);
  window.addEventListener('pagehide', onOpenerHide);
  setHandoff(win, { release });
  if (runningSince !== null) startTicking();
  paint();
  if (!options.target) win.focus();

  return {
    update(next: number) {
      if (disposed) return;
      if (win.closed) {
        gone();
        return;
      }
      const at = clamp(next);
      if (at === index) return;
      index = at;
      paint();
    },
    close() {
      if (disposed) return;
      dispose(null);
      try {
        win.close();
      } catch {
        // Already closed.
      }
    },
    get closed() {
      return disposed || win.closed;
    },
    get window() {
      return win;
    },
  };
}

function openWindow(): Window | null {
  try {
    const win = window.open('', SPEAKER_WINDOW_NAME, FEATURES);
    if (!win || readable(win)) return win;
    // Under file:// every load of the page is an origin of its own, so the speaker window an earlier load
    // opened (now saying "disconnected") is out of reach: close it and open a fresh one in its place.
    // (Finding the existing window did not use up the key press, so this open is still the user's doing.)
    win.close();
    const fresh = window.open('', SPEAKER_WINDOW_NAME, FEATURES);
    return fresh && readable(fresh) ? fresh : null;
  } catch {
    return null;
  }
}

/** True when this page may draw into the window (same origin, not closed). */
function readable(win: Window): boolean {
  try {
    return !win.closed && Boolean(win.document.body);
  } catch {
    return false;
  }
}

function handoffOf(win: Window): Handoff | undefined {
  const value = (win as unknown as Record<string, unknown>)[SLOT];
  return value && typeof value === 'object' ? (value as Handoff) : undefined;
}

function setHandoff(win: Window, handoff: Handoff): void {
  (win as unknown as Record<string, unknown>)[SLOT] = handoff;
}

/**
 * Lets go of the speaker view that had this window before (from this page or from an earlier load of it),
 * and returns what it left: its timer goes on in the new view.
 */
function takeOver(win: Window): Handoff | undefined {
  const before = handoffOf(win);
  if (!before) return undefined;
  let timer = before.timer;
  try {
    const released = before.release?.();
    if (released) timer = released;
  } catch {
    // Its page is gone: what it left is all there is.
  }
  return validTimer(timer) ? { timer } : undefined;
}

function validTimer(value: unknown): value is TimerSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.elapsed === 'number' &&
    Number.isFinite(v.elapsed) &&
    v.elapsed >= 0 &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at) &&
    typeof v.running === 'boolean'
  );
}

/** mm:ss of a duration in milliseconds (minutes go on past 59: a long talk reads 75:02). */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(Math.floor((Number.isFinite(ms) ? ms : 0) / 1000), 0);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** Empties the window's document for this view: its language, its style sheet, a fresh root to render in. */
function prepareDocument(doc: Document, lang: UiLang, t: SpeakerStrings): HTMLElement {
  const html = doc.documentElement;
  html.lang = lang;
  html.dir = 'ltr';
  let head = doc.head;
  if (!head) {
    head = doc.createElement('head');
    html.prepend(head);
  }
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const scheme = doc.createElement('meta');
  scheme.name = 'color-scheme';
  scheme.content = 'dark';
  const title = doc.createElement('title');
  title.textContent = t.speakerView;
  const style = doc.createElement('style');
  style.textContent = SPEAKER_CSS;
  head.replaceChildren(viewport, scheme, title, style);
  // A fresh container each time: an earlier view's lit-html state (maybe from a page now gone) stays behind.
  const root = doc.createElement('div');
  root.className = 'speaker';
  doc.body.replaceChildren(root);
  return root;
}

interface TemplateInput {
  t: SpeakerStrings;
  current: SpeakerChapter | undefined;
  next: SpeakerChapter | undefined;
  position: string;
  canGoBack: boolean;
  canGoOn: boolean;
  time: string;
  paused: boolean;
  go(command: 'next' | 'previous'): void;
  togglePause(): void;
  reset(): void;
}

// Every chapter text goes in through text bindings: it is never parsed as HTML.
function speakerTemplate(v: TemplateInput) {
  const { t } = v;
  // No white space around these bindings: the texts keep their own line breaks (white-space: pre-line).
  const notes = v.current?.notes ? v.current.notes : html`<span class="none">${t.noNotes}</span>`;
  const caption = v.current?.caption ?? '';
  return html`<header class="bar">
      <div class="heading">
        <p class="eyebrow">
          <span>${t.speakerView}</span> · <span data-position>${v.position}</span>
        </p>
        <h1 data-current-title>${v.current?.title ?? ''}</h1>
      </div>
      <div class="timer" ?data-paused=${v.paused} aria-label=${t.timer} role="group">
        <span class="time" role="timer" data-timer>${v.time}</span>
        <span class="state" data-timer-state>${v.paused ? t.paused : t.running}</span>
        <button type="button" data-pause @click=${v.togglePause}>${v.paused ? t.resume : t.pause}</button>
        <button type="button" data-reset @click=${v.reset}>${t.reset}</button>
      </div>
    </header>
    <main class="grid">
      <section class="notes-box" aria-labelledby="notes-heading">
        <h2 id="notes-heading">${t.notes}</h2>
        <div class="notes" data-notes data-scroll tabindex="0" aria-labelledby="notes-heading">${notes}</div>
      </section>
      <div class="side">
        <section class="card now" aria-labelledby="now-heading">
          <h2 id="now-heading">${t.now}</h2>
          <div class="caption" data-caption data-scroll tabindex="0" aria-labelledby="now-heading">${caption}</div>
        </section>
        <section class="card next" aria-labelledby="next-heading">
          <h2 id="next-heading">${t.next}</h2>
          <p class="next-title" ?data-end=${!v.next} data-next-title>${v.next ? v.next.title : t.endOfStory}</p>
        </section>
        <nav class="nav" aria-label=${t.speakerView}>
          <button
            type="button"
            data-previous
            aria-disabled=${v.canGoBack ? 'false' : 'true'}
            @click=${() => v.go('previous')}
          >
            <span aria-hidden="true">←</span> ${t.previousChapter}
          </button>
          <button
            type="button"
            data-next
            aria-disabled=${v.canGoOn ? 'false' : 'true'}
            @click=${() => v.go('next')}
          >
            ${t.nextChapter} <span aria-hidden="true">→</span>
          </button>
        </nav>
        <p class="hint">${t.keys}</p>
      </div>
    </main>
    <div class="sr-only" aria-live="polite">${v.position}: ${v.current?.title ?? ''}</div>`;
}

function disconnectedTemplate(t: SpeakerStrings, time: string) {
  return html`<main class="gone" data-disconnected>
    <h1>${t.speakerView}</h1>
    <p role="alert"><strong>${t.disconnected}</strong></p>
    <p>${t.reconnect}</p>
    <p class="eyebrow">${t.timer}: <span class="time">${time}</span></p>
  </main>`;
}

// Dark, high contrast (body text 16:1, secondary text ≥ 9:1 on the background), large notes, big targets.
const SPEAKER_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body {
  background: #0f1419;
  color: #f3f5f7;
  font: 18px/1.45 system-ui, 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
.speaker {
  display: grid;
  grid-template-rows: auto minmax(0, 1fr);
  height: 100vh;
  gap: 16px;
  padding: 16px 24px;
}
.bar { display: flex; align-items: flex-start; justify-content: space-between; gap: 16px 24px; flex-wrap: wrap; }
.heading { min-width: 0; flex: 1 1 360px; }
.eyebrow, h2 {
  margin: 0;
  font-size: 15px;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: #c5ced9;
}
h1 { margin: 4px 0 0; font-size: 28px; line-height: 1.2; overflow-wrap: anywhere; }
.timer { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
.time { font-size: 40px; font-weight: 700; font-variant-numeric: tabular-nums; letter-spacing: 0.02em; }
.state { font-size: 15px; color: #c5ced9; min-width: 5em; }
.timer[data-paused] .time, .timer[data-paused] .state { color: #ffd166; }
.grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; min-height: 0; }
.notes-box, .side { display: flex; flex-direction: column; gap: 8px; min-height: 0; }
.side { gap: 16px; }
.notes {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  font-size: 24px;
  line-height: 1.5;
  white-space: pre-line;
  overflow-wrap: anywhere;
  padding: 4px 12px 4px 0;
}
.none { color: #c5ced9; font-style: italic; }
.card { border: 2px solid #3e4a59; border-radius: 8px; background: #171f28; padding: 10px 14px; }
.now { flex: 1 1 auto; min-height: 96px; display: flex; flex-direction: column; gap: 6px; }
.caption {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  font-size: 16px;
  line-height: 1.45;
  color: #e1e6ec;
  white-space: pre-line;
  overflow-wrap: anywhere;
}
.next { flex: none; }
.next-title { margin: 4px 0 0; font-size: 22px; font-weight: 600; line-height: 1.25; overflow-wrap: anywhere; }
.next-title[data-end] { font-style: italic; font-weight: 500; color: #d5dce4; }
.nav { display: flex; gap: 12px; flex: none; }
.nav button { flex: 1 1 0; font-size: 19px; min-height: 64px; padding: 8px 10px; white-space: nowrap; }
button {
  font: inherit;
  font-size: 17px;
  min-width: 44px;
  min-height: 44px;
  padding: 8px 16px;
  color: #ffffff;
  background: #253142;
  border: 2px solid #91a4ba;
  border-radius: 8px;
  cursor: pointer;
}
button:hover { background: #33445c; }
button:active { background: #1b2531; }
button[aria-disabled='true'] { color: #b3bdc8; background: transparent; border-color: #5d6b7c; cursor: default; }
:focus { outline: none; }
:focus-visible { outline: 3px solid #ffd166; outline-offset: 3px; border-radius: 6px; }
.hint { margin: 0; font-size: 14px; color: #c5ced9; flex: none; }
.gone { align-self: center; justify-self: center; max-width: 40em; grid-row: 1 / -1; font-size: 22px; }
.gone h1 { margin-bottom: 16px; }
.gone .time { font-size: 28px; }
${srOnly.cssText}
@media (max-width: 720px) {
  .grid { grid-template-columns: minmax(0, 1fr); grid-auto-rows: minmax(0, auto); overflow: auto; }
}
@media (forced-colors: active) {
  button { border-color: ButtonText; }
  :focus-visible { outline-color: Highlight; }
  .timer[data-paused] .time, .timer[data-paused] .state { color: Mark; }
}
`;
