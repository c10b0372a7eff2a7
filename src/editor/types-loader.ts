import { html } from 'lit';
import { type UiLang, uiLang } from '../i18n/strings';
import type { ArchipelagoEditor } from './archipelago-editor';

/** The tab's own name is all of the link types' editing that the editor's first chunk carries. */
const LABEL: Record<UiLang, string> = {
  en: 'Link types',
  fi: 'Yhteystyypit',
  sv: 'Länktyper',
  de: 'Verbindungstypen',
  ru: 'Типы связей',
};

export const typesLabel = (lang: string | null | undefined) => LABEL[uiLang(lang)];

let tab: typeof import('./types-form') | null = null;
let loading: Promise<void> | null = null;

/** Loads the Link types tab's code (once). */
export function loadTypes(): Promise<void> {
  loading ??= import('./types-form').then((module) => {
    tab = module;
  });
  return loading;
}

/** The Link types tab, whose code loads the first time it is opened. */
export function renderTypes(editor: ArchipelagoEditor) {
  if (tab) return tab.renderTypes(editor);
  void loadTypes().then(() => editor.requestUpdate());
  return html`<p class="why" aria-busy="true">…</p>`;
}
