/**
 * Interface strings of the exploring tools: the city search (`<archipelago-search>`) and the data
 * tables (`<archipelago-tables>`), in the interface languages of `strings.ts`.
 */
import { type UiLang, uiLang } from './strings';

interface Texts {
  // Search
  searchLabel: string;
  searchPlaceholder: string;
  /** The listbox's accessible name. */
  searchResults: string;
  noMatches: string;
  // Tables
  citiesCaption: string;
  linksCaption: string;
  /** Said after a caption: how the headers work. */
  sortableHint: string;
  colName: string;
  colCountry: string;
  colPopulation: string;
  colDegree: string;
  colWeightedDegree: string;
  colBetweenness: string;
  colCloseness: string;
  colClustering: string;
  colPartnership: string;
  colPartnerA: string;
  colPartnerB: string;
  colType: string;
  colSince: string;
  colDescription: string;
  colSources: string;
  unverified: string;
  /** Status of a link or group that is a recommendation or plan (`status: "proposed"`). */
  proposed: string;
  /** Status of a partnership that exists (the default). */
  established: string;
  /** Header of the partnership table's status column. */
  colStatus: string;
  note: string;
  noRows: string;
  /** Shown for a missing value. */
  none: string;
}

/** Plural categories (Intl.PluralRules) → text with `{n}` for the number. */
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const PLURALS: Record<UiLang, { results: Plural; shown: Plural }> = {
  en: {
    results: { one: '{n} result', other: '{n} results' },
    shown: { one: '{n} of {total} shown', other: '{n} of {total} shown' },
  },
  fi: {
    results: { one: '{n} tulos', other: '{n} tulosta' },
    shown: { one: '{n}/{total} näkyvissä', other: '{n}/{total} näkyvissä' },
  },
  sv: {
    results: { one: '{n} träff', other: '{n} träffar' },
    shown: { one: '{n} av {total} visas', other: '{n} av {total} visas' },
  },
  de: {
    results: { one: '{n} Treffer', other: '{n} Treffer' },
    shown: { one: '{n} von {total} angezeigt', other: '{n} von {total} angezeigt' },
  },
  ru: {
    results: {
      one: '{n} результат',
      few: '{n} результата',
      many: '{n} результатов',
      other: '{n} результата',
    },
    shown: { one: 'показано {n} из {total}', other: 'показано {n} из {total}' },
  },
};

const TEXTS: Record<UiLang, Texts> = {
  en: {
    searchLabel: 'Find a city',
    searchPlaceholder: 'Name in any language',
    searchResults: 'Matching cities',
    noMatches: 'No matches',
    citiesCaption: 'Cities',
    linksCaption: 'Partnerships',
    sortableHint: 'Column headers are buttons that sort the table.',
    colName: 'Name',
    colCountry: 'Country',
    colPopulation: 'Population (year)',
    colDegree: 'Degree',
    colWeightedDegree: 'Weighted degree',
    colBetweenness: 'Betweenness',
    colCloseness: 'Closeness',
    colClustering: 'Clustering',
    colPartnership: 'Partnership',
    colPartnerA: 'Partner A',
    colPartnerB: 'Partner B',
    colType: 'Type',
    colSince: 'Since',
    colDescription: 'Description',
    colSources: 'Sources',
    unverified: 'unverified',
    proposed: 'proposed',
    established: 'established',
    colStatus: 'Status',
    note: 'Note',
    noRows: 'Nothing matches the active filters.',
    none: '—',
  },
  fi: {
    searchLabel: 'Etsi kaupunki',
    searchPlaceholder: 'Nimi millä kielellä tahansa',
    searchResults: 'Löytyneet kaupungit',
    noMatches: 'Ei osumia',
    citiesCaption: 'Kaupungit',
    linksCaption: 'Kumppanuudet',
    sortableHint: 'Sarakeotsikot ovat painikkeita, jotka lajittelevat taulukon.',
    colName: 'Nimi',
    colCountry: 'Maa',
    colPopulation: 'Väkiluku (vuosi)',
    colDegree: 'Aste',
    colWeightedDegree: 'Painotettu aste',
    colBetweenness: 'Välillisyys',
    colCloseness: 'Läheisyys',
    colClustering: 'Klusteroituminen',
    colPartnership: 'Kumppanuus',
    colPartnerA: 'Kumppani A',
    colPartnerB: 'Kumppani B',
    colType: 'Tyyppi',
    colSince: 'Alkaen',
    colDescription: 'Kuvaus',
    colSources: 'Lähteet',
    unverified: 'vahvistamaton',
    proposed: 'ehdotettu',
    established: 'olemassa oleva',
    colStatus: 'Tila',
    note: 'Huomautus',
    noRows: 'Mikään ei vastaa käytössä olevia suodattimia.',
    none: '—',
  },
  sv: {
    searchLabel: 'Hitta en stad',
    searchPlaceholder: 'Namn på valfritt språk',
    searchResults: 'Matchande städer',
    noMatches: 'Inga träffar',
    citiesCaption: 'Städer',
    linksCaption: 'Partnerskap',
    sortableHint: 'Kolumnrubrikerna är knappar som sorterar tabellen.',
    colName: 'Namn',
    colCountry: 'Land',
    colPopulation: 'Befolkning (år)',
    colDegree: 'Grad',
    colWeightedDegree: 'Viktad grad',
    colBetweenness: 'Mellanliggande centralitet',
    colCloseness: 'Närhetscentralitet',
    colClustering: 'Klustring',
    colPartnership: 'Partnerskap',
    colPartnerA: 'Partner A',
    colPartnerB: 'Partner B',
    colType: 'Typ',
    colSince: 'Sedan',
    colDescription: 'Beskrivning',
    colSources: 'Källor',
    unverified: 'ej bekräftat',
    proposed: 'föreslagen',
    established: 'etablerad',
    colStatus: 'Status',
    note: 'Anmärkning',
    noRows: 'Inget motsvarar de aktiva filtren.',
    none: '—',
  },
  de: {
    searchLabel: 'Stadt suchen',
    searchPlaceholder: 'Name in beliebiger Sprache',
    searchResults: 'Passende Städte',
    noMatches: 'Keine Treffer',
    citiesCaption: 'Städte',
    linksCaption: 'Partnerschaften',
    sortableHint: 'Die Spaltenköpfe sind Schaltflächen, die die Tabelle sortieren.',
    colName: 'Name',
    colCountry: 'Land',
    colPopulation: 'Einwohner (Jahr)',
    colDegree: 'Grad',
    colWeightedDegree: 'Gewichteter Grad',
    colBetweenness: 'Zwischenzentralität',
    colCloseness: 'Nähezentralität',
    colClustering: 'Clusterkoeffizient',
    colPartnership: 'Partnerschaft',
    colPartnerA: 'Partner A',
    colPartnerB: 'Partner B',
    colType: 'Art',
    colSince: 'Seit',
    colDescription: 'Beschreibung',
    colSources: 'Quellen',
    unverified: 'unbestätigt',
    proposed: 'vorgeschlagen',
    established: 'bestehend',
    colStatus: 'Status',
    note: 'Hinweis',
    noRows: 'Nichts entspricht den aktiven Filtern.',
    none: '—',
  },
  ru: {
    searchLabel: 'Найти город',
    searchPlaceholder: 'Название на любом языке',
    searchResults: 'Найденные города',
    noMatches: 'Ничего не найдено',
    citiesCaption: 'Города',
    linksCaption: 'Партнёрства',
    sortableHint: 'Заголовки столбцов — кнопки, сортирующие таблицу.',
    colName: 'Название',
    colCountry: 'Страна',
    colPopulation: 'Население (год)',
    colDegree: 'Степень',
    colWeightedDegree: 'Взвешенная степень',
    colBetweenness: 'Посредничество',
    colCloseness: 'Близость',
    colClustering: 'Кластеризация',
    colPartnership: 'Партнёрство',
    colPartnerA: 'Партнёр A',
    colPartnerB: 'Партнёр B',
    colType: 'Тип',
    colSince: 'С года',
    colDescription: 'Описание',
    colSources: 'Источники',
    unverified: 'не подтверждено',
    proposed: 'предложено',
    established: 'действующее',
    colStatus: 'Статус',
    note: 'Примечание',
    noRows: 'Под активные фильтры ничего не подходит.',
    none: '—',
  },
};

export interface ExploreStrings extends Texts {
  /** The interface language these strings are in. */
  lang: UiLang;
  /** "3 results", with the plural form of the language. */
  results(n: number): string;
  /** "11 of 13 shown". */
  shown(n: number, total: number): string;
  /** A number in the language's format, e.g. 1 115 000. */
  number(n: number, maximumFractionDigits?: number): string;
}

function pick(rule: Intl.LDMLPluralRule, forms: Plural): string {
  return forms[rule] ?? forms.other;
}

/** The exploring tools' strings for a language tag (`fi`, `sv-FI`, …); English for unsupported ones. */
export function exploreStrings(lang: string | null | undefined): ExploreStrings {
  const code = uiLang(lang);
  const plural = new Intl.PluralRules(code);
  const forms = PLURALS[code];
  const format = (n: number, maximumFractionDigits = 0) =>
    new Intl.NumberFormat(code, { maximumFractionDigits }).format(n);
  return {
    ...TEXTS[code],
    lang: code,
    results: (n) => pick(plural.select(n), forms.results).replace('{n}', format(n)),
    shown: (n, total) =>
      pick(plural.select(n), forms.shown).replace('{n}', format(n)).replace('{total}', format(total)),
    number: format,
  };
}
