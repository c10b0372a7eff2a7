import { html, nothing } from 'lit';
import type { Chapter } from '../data/schema';
import { localize } from '../data/text';
import { fill, strings, type UiLang } from '../i18n/strings';

export interface StoryBarProps {
  chapters: readonly Chapter[];
  index: number;
  lang: UiLang;
  onPrevious: () => void;
  onNext: () => void;
  onSpeaker: () => void;
  onExit: () => void;
}

/** The presenting caption: the chapter's title and text, a quiet progress bar and the story's buttons. */
export function renderStoryBar(p: StoryBarProps) {
  const t = strings(p.lang);
  const { chapters: list, index } = p;
  const chapter = list[index];
  if (!chapter) return nothing;
  return html`<section class="story" aria-label=${t.story} data-story>
    <div class="caption">
      <h2 data-chapter-title>${localize(chapter.title, p.lang)}</h2>
      ${chapter.caption ? html`<p>${localize(chapter.caption, p.lang)}</p>` : nothing}
    </div>
    <div class="story-bar">
      <button type="button" data-story-previous ?disabled=${index === 0} @click=${p.onPrevious}>
        ← ${t.previous}
      </button>
      <div class="progress" role="progressbar" aria-label=${t.story} aria-valuemin="1"
        aria-valuemax=${list.length} aria-valuenow=${index + 1}
        aria-valuetext=${fill(t.chapterOf, { n: index + 1, total: list.length })}>
        <span>${index + 1} / ${list.length}</span>
        <div class="track"><div class="done" style="width:${((index + 1) / list.length) * 100}%"></div></div>
      </div>
      <button type="button" data-story-next ?disabled=${index === list.length - 1} @click=${p.onNext}>
        ${t.next} →
      </button>
      <button type="button" data-story-speaker @click=${p.onSpeaker}>${t.speakerView}</button>
      <button type="button" data-story-exit @click=${p.onExit}>${t.exitStory}</button>
    </div>
  </section>`;
}
