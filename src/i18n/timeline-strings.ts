import type { UiLang } from './strings';

/** The words of the timeline and its announcements. `{…}` slots are filled with `fill`. */
export interface TimelineStrings {
  timeline: string;
  /** The slider's name (one year) and the range mode's two handles. */
  year: string;
  from: string;
  to: string;
  /** Switches between one year and a range of years. */
  range: string;
  all: string;
  play: string;
  pause: string;
  stepBack: string;
  stepForward: string;
  speed: string;
  /** Speed choices: `{s}` seconds a year. */
  perYear: string;
  /** The histogram's description. */
  histogram: string;
  established: string;
  proposed: string;
  /** `{n}` links and groups hidden because they have no start year. */
  undated: string;
  begins: string;
  ends: string;
  /** `{n}` partnerships active. */
  active: string;
  /** `{n}` more changes after the first few named. */
  more: string;
  /** The range mode's value text: `{from}` to `{to}`. */
  yearsRange: string;
}

const en: TimelineStrings = {
  timeline: 'Timeline',
  year: 'Year',
  from: 'From year',
  to: 'To year',
  range: 'Range of years',
  all: 'All years',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Previous year',
  stepForward: 'Next year',
  speed: 'Speed',
  perYear: '{s} s a year',
  histogram: 'Partnerships by start year',
  established: 'established',
  proposed: 'proposed',
  undated: '{n} partnerships without a start year hidden',
  begins: 'begins',
  ends: 'ends',
  active: '{n} partnerships active',
  more: 'and {n} more',
  yearsRange: '{from} to {to}',
};

const fi: TimelineStrings = {
  timeline: 'Aikajana',
  year: 'Vuosi',
  from: 'Alkuvuosi',
  to: 'Loppuvuosi',
  range: 'Vuosiväli',
  all: 'Kaikki vuodet',
  play: 'Toista',
  pause: 'Tauko',
  stepBack: 'Edellinen vuosi',
  stepForward: 'Seuraava vuosi',
  speed: 'Nopeus',
  perYear: '{s} s vuodessa',
  histogram: 'Kumppanuudet aloitusvuoden mukaan',
  established: 'vakiintunut',
  proposed: 'ehdotettu',
  undated: '{n} kumppanuutta ilman aloitusvuotta piilotettu',
  begins: 'alkaa',
  ends: 'päättyy',
  active: '{n} kumppanuutta voimassa',
  more: 'ja {n} muuta',
  yearsRange: '{from}–{to}',
};

const sv: TimelineStrings = {
  timeline: 'Tidslinje',
  year: 'År',
  from: 'Från år',
  to: 'Till år',
  range: 'Årsintervall',
  all: 'Alla år',
  play: 'Spela',
  pause: 'Paus',
  stepBack: 'Föregående år',
  stepForward: 'Nästa år',
  speed: 'Hastighet',
  perYear: '{s} s per år',
  histogram: 'Partnerskap efter startår',
  established: 'etablerat',
  proposed: 'föreslaget',
  undated: '{n} partnerskap utan startår dolda',
  begins: 'börjar',
  ends: 'slutar',
  active: '{n} partnerskap aktiva',
  more: 'och {n} till',
  yearsRange: '{from} till {to}',
};

const de: TimelineStrings = {
  timeline: 'Zeitleiste',
  year: 'Jahr',
  from: 'Von Jahr',
  to: 'Bis Jahr',
  range: 'Jahresbereich',
  all: 'Alle Jahre',
  play: 'Abspielen',
  pause: 'Pause',
  stepBack: 'Vorheriges Jahr',
  stepForward: 'Nächstes Jahr',
  speed: 'Tempo',
  perYear: '{s} s pro Jahr',
  histogram: 'Partnerschaften nach Startjahr',
  established: 'bestehend',
  proposed: 'vorgeschlagen',
  undated: '{n} Partnerschaften ohne Startjahr ausgeblendet',
  begins: 'beginnt',
  ends: 'endet',
  active: '{n} Partnerschaften aktiv',
  more: 'und {n} weitere',
  yearsRange: '{from} bis {to}',
};

const ru: TimelineStrings = {
  timeline: 'Шкала времени',
  year: 'Год',
  from: 'С года',
  to: 'По год',
  range: 'Диапазон лет',
  all: 'Все годы',
  play: 'Воспроизвести',
  pause: 'Пауза',
  stepBack: 'Предыдущий год',
  stepForward: 'Следующий год',
  speed: 'Скорость',
  perYear: '{s} с на год',
  histogram: 'Партнёрства по году начала',
  established: 'действующие',
  proposed: 'предложенные',
  undated: 'Скрыто партнёрств без года начала: {n}',
  begins: 'начинается',
  ends: 'завершается',
  active: 'Действующих партнёрств: {n}',
  more: 'и ещё {n}',
  yearsRange: 'с {from} по {to}',
};

const TABLE: Record<UiLang, TimelineStrings> = { en, fi, sv, de, ru };

export function timelineStrings(lang: UiLang): TimelineStrings {
  return TABLE[lang];
}
