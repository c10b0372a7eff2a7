import type { UiLang } from './strings';

/** The words of the presenter's speaker view (the second window). `{…}` slots are filled with `fill`. */
export interface SpeakerStrings {
  /** The window's name, also the start of `document.title`. */
  speakerView: string;
  /** `document.title`: `{title}` is the current chapter's title. */
  documentTitle: string;
  /** The current chapter's place in the story: `{n}` of `{count}`. */
  position: string;
  now: string;
  next: string;
  endOfStory: string;
  notes: string;
  noNotes: string;
  timer: string;
  pause: string;
  resume: string;
  reset: string;
  paused: string;
  running: string;
  previousChapter: string;
  nextChapter: string;
  keys: string;
  /** Shown when the presenting window was closed, reloaded or navigated away. */
  disconnected: string;
  reconnect: string;
}

const en: SpeakerStrings = {
  speakerView: 'Speaker view',
  documentTitle: 'Speaker view — {title}',
  position: '{n} / {count}',
  now: 'Now',
  next: 'Next',
  endOfStory: 'End of the story',
  notes: 'Speaker notes',
  noNotes: 'No notes for this chapter.',
  timer: 'Elapsed time',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  paused: 'Paused',
  running: 'Running',
  previousChapter: 'Previous',
  nextChapter: 'Next',
  keys: '→ ↓ PageDown Space: next · ← ↑ PageUp: previous · Home / End: first / last · P: pause · R: reset',
  disconnected: 'The presentation window was closed or reloaded.',
  reconnect: 'Press S in the presenting map to bring the speaker view back.',
};

const fi: SpeakerStrings = {
  speakerView: 'Puhujan näkymä',
  documentTitle: 'Puhujan näkymä — {title}',
  position: '{n} / {count}',
  now: 'Nyt',
  next: 'Seuraavaksi',
  endOfStory: 'Tarinan loppu',
  notes: 'Puhujan muistiinpanot',
  noNotes: 'Tässä luvussa ei ole muistiinpanoja.',
  timer: 'Kulunut aika',
  pause: 'Tauko',
  resume: 'Jatka',
  reset: 'Nollaa',
  paused: 'Tauolla',
  running: 'Käynnissä',
  previousChapter: 'Edellinen',
  nextChapter: 'Seuraava',
  keys: '→ ↓ PageDown välilyönti: seuraava · ← ↑ PageUp: edellinen · Home / End: ensimmäinen / viimeinen · P: tauko · R: nollaa',
  disconnected: 'Esitysikkuna suljettiin tai ladattiin uudelleen.',
  reconnect: 'Paina S esitettävässä kartassa, niin puhujan näkymä palaa.',
};

const sv: SpeakerStrings = {
  speakerView: 'Talarvy',
  documentTitle: 'Talarvy — {title}',
  position: '{n} / {count}',
  now: 'Nu',
  next: 'Härnäst',
  endOfStory: 'Berättelsens slut',
  notes: 'Talaranteckningar',
  noNotes: 'Inga anteckningar för det här kapitlet.',
  timer: 'Förfluten tid',
  pause: 'Pausa',
  resume: 'Fortsätt',
  reset: 'Nollställ',
  paused: 'Pausad',
  running: 'Pågår',
  previousChapter: 'Föregående',
  nextChapter: 'Nästa',
  keys: '→ ↓ PageDown mellanslag: nästa · ← ↑ PageUp: föregående · Home / End: första / sista · P: paus · R: nollställ',
  disconnected: 'Presentationsfönstret stängdes eller laddades om.',
  reconnect: 'Tryck S i kartan som presenteras för att få tillbaka talarvyn.',
};

const de: SpeakerStrings = {
  speakerView: 'Referentenansicht',
  documentTitle: 'Referentenansicht — {title}',
  position: '{n} / {count}',
  now: 'Jetzt',
  next: 'Als Nächstes',
  endOfStory: 'Ende der Geschichte',
  notes: 'Notizen',
  noNotes: 'Keine Notizen zu diesem Kapitel.',
  timer: 'Verstrichene Zeit',
  pause: 'Pause',
  resume: 'Fortsetzen',
  reset: 'Zurücksetzen',
  paused: 'Pausiert',
  running: 'Läuft',
  previousChapter: 'Zurück',
  nextChapter: 'Weiter',
  keys: '→ ↓ Bild ab Leertaste: weiter · ← ↑ Bild auf: zurück · Pos1 / Ende: erstes / letztes · P: Pause · R: zurücksetzen',
  disconnected: 'Das Präsentationsfenster wurde geschlossen oder neu geladen.',
  reconnect: 'Drücken Sie S in der präsentierten Karte, um die Referentenansicht zurückzuholen.',
};

const ru: SpeakerStrings = {
  speakerView: 'Режим докладчика',
  documentTitle: 'Режим докладчика — {title}',
  position: '{n} / {count}',
  now: 'Сейчас',
  next: 'Далее',
  endOfStory: 'Конец истории',
  notes: 'Заметки докладчика',
  noNotes: 'К этой главе нет заметок.',
  timer: 'Прошло времени',
  pause: 'Пауза',
  resume: 'Продолжить',
  reset: 'Сбросить',
  paused: 'На паузе',
  running: 'Идёт',
  previousChapter: 'Назад',
  nextChapter: 'Вперёд',
  keys: '→ ↓ PageDown пробел: вперёд · ← ↑ PageUp: назад · Home / End: первая / последняя · P: пауза · R: сброс',
  disconnected: 'Окно презентации закрыто или перезагружено.',
  reconnect: 'Нажмите S на карте в режиме презентации, чтобы вернуть режим докладчика.',
};

const TABLE: Record<UiLang, SpeakerStrings> = { en, fi, sv, de, ru };

export function speakerStrings(lang: UiLang): SpeakerStrings {
  return TABLE[lang] ?? en;
}
