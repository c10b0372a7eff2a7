import { html } from 'lit';
import type { FilmFormat } from '../export/video';
import type { FilmStrings } from '../i18n/film-strings';
import { fill } from '../i18n/strings';

export interface FilmChoice {
  format: FilmFormat;
  width: number;
  height: number;
  titleCard: boolean;
}

export const FILM_SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1280, height: 720 },
] as const;

/** The film's options: format, size and title card, before anything is rendered. */
export function renderFilmOptions(p: {
  t: FilmStrings;
  onMake: (choice: FilmChoice) => void;
  onCancel: () => void;
}) {
  const t = p.t;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const [width, height] = String(form.get('size')).split('x').map(Number);
    p.onMake({
      format: form.get('format') === 'webm' ? 'webm' : 'mp4',
      width: width ?? 1920,
      height: height ?? 1080,
      titleCard: form.get('title-card') === 'on',
    });
  };
  return html`<div class="dialog-backdrop" @keydown=${(e: KeyboardEvent) => keepKeys(e, p.onCancel)}>
    <form class="dialog film-dialog" role="dialog" aria-modal="true" aria-labelledby="film-title" data-film-options @submit=${submit}>
      <h2 id="film-title">${t.title}</h2>
      <p>
        <label>${t.format}
          <select name="format" data-film-format>
            <option value="mp4">${t.mp4}</option>
            <option value="webm">${t.webm}</option>
          </select>
        </label>
      </p>
      <p>
        <label>${t.size}
          <select name="size" data-film-size>
            ${FILM_SIZES.map((s) => html`<option value="${s.width}x${s.height}">${s.width} × ${s.height}</option>`)}
          </select>
        </label>
      </p>
      <p><label><input type="checkbox" name="title-card" data-film-title-card /> ${t.titleCard}</label></p>
      <p>
        <button type="submit" class="tool" data-film-make>${t.make}</button>
        <button type="button" class="tool" data-film-cancel @click=${p.onCancel}>${t.cancel}</button>
      </p>
    </form>
  </div>`;
}

export interface FilmProgress {
  /** The chapter being rendered (its place and title), or null on the title card. */
  chapter: { n: number; count: number; title: string } | null;
  done: number;
  total: number;
  /** Seconds left, once there is a rate to estimate from. */
  secondsLeft: number | null;
}

/**
 * Covers the map while frames are drawn on it, so the page shows no flicker of the film's cameras; the
 * cover is the theme's sea colour, the dialog on it says where the film is and can cancel it.
 */
export function renderFilmProgress(p: { t: FilmStrings; progress: FilmProgress; onCancel: () => void }) {
  const { t, progress } = p;
  const where = progress.chapter
    ? fill(t.chapter, { n: progress.chapter.n, count: progress.chapter.count, title: progress.chapter.title })
    : t.titleCard;
  const left =
    progress.secondsLeft === null
      ? ''
      : fill(t.timeLeft, {
          time: `${Math.floor(progress.secondsLeft / 60)}:${String(Math.round(progress.secondsLeft % 60)).padStart(2, '0')}`,
        });
  return html`<div class="dialog-backdrop film-cover" style="background: var(--bg)" @keydown=${(e: KeyboardEvent) => keepKeys(e, p.onCancel)}>
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="film-making" data-film-progress>
      <h2 id="film-making">${t.making}</h2>
      <p data-film-chapter>${where}</p>
      <progress max=${progress.total} .value=${progress.done} aria-label=${t.making}></progress>
      <p>${fill(t.frames, { n: progress.done, count: progress.total })}${left ? html` · <span data-film-left>${left}</span>` : ''}</p>
      <p><button type="button" class="tool" data-film-stop @click=${p.onCancel}>${t.cancel}</button></p>
    </div>
  </div>`;
}

/**
 * Keys stay in the dialog (the map's keys would step the story under it); Tab and Shift+Tab go round
 * its controls, as in any modal dialog; Escape cancels.
 */
function keepKeys(event: KeyboardEvent, cancel: () => void): void {
  event.stopPropagation();
  if (event.key === 'Tab') {
    const root = event.currentTarget as HTMLElement;
    const items = [
      ...root.querySelectorAll<HTMLElement>('button, select, input, [tabindex]:not([tabindex="-1"])'),
    ].filter((el) => !el.hasAttribute('disabled'));
    const active = (root.getRootNode() as ShadowRoot).activeElement;
    const wrapTo = event.shiftKey ? active === items[0] && items.at(-1) : active === items.at(-1) && items[0];
    if (wrapTo) {
      event.preventDefault();
      wrapTo.focus();
    }
    return;
  }
  if (event.key !== 'Escape') return;
  event.preventDefault();
  cancel();
}
