import { html } from 'lit';
import { type UiLang, uiLang } from '../i18n/strings';
import type { ArchipelagoEditor } from './archipelago-editor';

/** The tab's own name is all of the story's editing that the editor's first chunk carries. */
const LABEL: Record<UiLang, string> = {
  en: 'Chapters',
  fi: 'Luvut',
  sv: 'Kapitel',
  de: 'Kapitel',
  ru: 'Главы',
};

export const chaptersLabel = (lang: string | null | undefined) => LABEL[uiLang(lang)];

let tab: typeof import('./chapters-tab') | null = null;
let loading: Promise<void> | null = null;

/** Loads the Chapters tab's code (once). */
export function loadChapters(): Promise<void> {
  loading ??= import('./chapters-tab').then((module) => {
    tab = module;
  });
  return loading;
}

/** The Chapters tab, whose code loads the first time it is opened. */
export function renderChapters(editor: ArchipelagoEditor) {
  if (tab) return tab.renderChaptersTab(editor);
  void loadChapters().then(() => editor.requestUpdate());
  return html`<p class="why" aria-busy="true">…</p>`;
}
