import type { UiLang } from './strings';

type Membership = 'lead-partner' | 'partner' | 'observer' | 'external';
type MetricKey = 'degree' | 'weightedDegree' | 'betweenness' | 'closeness' | 'clustering';

export interface PanelStrings {
  names: string;
  local: string;
  country: string;
  population: string;
  source: string;
  sources: string;
  membership: string;
  memberships: Record<Membership, string>;
  role: string;
  priorities: string;
  strategies: string;
  measures: string;
  metrics: Record<MetricKey, string>;
  rankOf: (rank: number, total: number) => string;
  path: string;
  pathTo: string;
  groups: string;
  partnerships: string;
  noPartnerships: string;
  since: string;
  unknownYear: string;
  evidence: string;
  unverified: string;
  /** Status of a link or group that is a recommendation or plan (`status: "proposed"`). */
  proposed: string;
  /** Status of a partnership that exists (the default). */
  established: string;
  close: string;
}

const en: PanelStrings = {
  names: 'Names',
  local: 'local',
  country: 'Country',
  population: 'Population',
  source: 'Source',
  sources: 'Sources',
  membership: 'In BaltMet Inno',
  memberships: {
    'lead-partner': 'Lead Partner',
    partner: 'Partner',
    observer: 'Observer',
    external: 'Partner beyond the region',
  },
  role: 'Role',
  priorities: 'Action plan priorities',
  strategies: 'Strategies',
  measures: 'Network measures',
  metrics: {
    degree: 'Partners',
    weightedDegree: 'Partnerships',
    betweenness: 'Betweenness',
    closeness: 'Closeness',
    clustering: 'Clustering',
  },
  rankOf: (rank, total) => `#${rank} of ${total}`,
  path: 'Path',
  pathTo: 'Shortest path to',
  groups: 'Groups',
  partnerships: 'Partnerships',
  noPartnerships: 'No partnership in the data.',
  since: 'Since',
  unknownYear: 'year unknown',
  evidence: 'Evidence',
  unverified: 'unverified',
  proposed: 'proposed',
  established: 'established',
  close: 'Close',
};

const fi: PanelStrings = {
  names: 'Nimet',
  local: 'paikallinen',
  country: 'Maa',
  population: 'Väkiluku',
  source: 'Lähde',
  sources: 'Lähteet',
  membership: 'BaltMet Innossa',
  memberships: {
    'lead-partner': 'Päävastuullinen kumppani',
    partner: 'Kumppani',
    observer: 'Tarkkailija',
    external: 'Kumppani alueen ulkopuolella',
  },
  role: 'Rooli',
  priorities: 'Toimintasuunnitelman painopisteet',
  strategies: 'Strategiat',
  measures: 'Verkostomittarit',
  metrics: {
    degree: 'Kumppanit',
    weightedDegree: 'Kumppanuudet',
    betweenness: 'Välillisyys',
    closeness: 'Läheisyys',
    clustering: 'Klusteroituminen',
  },
  rankOf: (rank, total) => `${rank}./${total}`,
  path: 'Polku',
  pathTo: 'Lyhin polku kohteeseen',
  groups: 'Ryhmät',
  partnerships: 'Kumppanuudet',
  noPartnerships: 'Ei kumppanuuksia aineistossa.',
  since: 'Alkaen',
  unknownYear: 'vuosi tuntematon',
  evidence: 'Lähteet ja näyttö',
  unverified: 'vahvistamaton',
  proposed: 'ehdotettu',
  established: 'olemassa oleva',
  close: 'Sulje',
};

const sv: PanelStrings = {
  names: 'Namn',
  local: 'lokalt',
  country: 'Land',
  population: 'Befolkning',
  source: 'Källa',
  sources: 'Källor',
  membership: 'I BaltMet Inno',
  memberships: {
    'lead-partner': 'Huvudpartner',
    partner: 'Partner',
    observer: 'Observatör',
    external: 'Partner utanför regionen',
  },
  role: 'Roll',
  priorities: 'Handlingsplanens prioriteringar',
  strategies: 'Strategier',
  measures: 'Nätverksmått',
  metrics: {
    degree: 'Partner',
    weightedDegree: 'Partnerskap',
    betweenness: 'Mellanliggande',
    closeness: 'Närhet',
    clustering: 'Klustring',
  },
  rankOf: (rank, total) => `nr ${rank} av ${total}`,
  path: 'Väg',
  pathTo: 'Kortaste väg till',
  groups: 'Grupper',
  partnerships: 'Partnerskap',
  noPartnerships: 'Inga partnerskap i data.',
  since: 'Sedan',
  unknownYear: 'okänt år',
  evidence: 'Belägg',
  unverified: 'ej bekräftat',
  proposed: 'föreslagen',
  established: 'etablerad',
  close: 'Stäng',
};

const de: PanelStrings = {
  names: 'Namen',
  local: 'lokal',
  country: 'Land',
  population: 'Einwohner',
  source: 'Quelle',
  sources: 'Quellen',
  membership: 'In BaltMet Inno',
  memberships: {
    'lead-partner': 'Lead Partner',
    partner: 'Partner',
    observer: 'Beobachter',
    external: 'Partner außerhalb der Region',
  },
  role: 'Rolle',
  priorities: 'Prioritäten des Aktionsplans',
  strategies: 'Strategien',
  measures: 'Netzwerkmaße',
  metrics: {
    degree: 'Partner',
    weightedDegree: 'Partnerschaften',
    betweenness: 'Zwischenzentralität',
    closeness: 'Nähe',
    clustering: 'Clusterkoeffizient',
  },
  rankOf: (rank, total) => `Nr. ${rank} von ${total}`,
  path: 'Pfad',
  pathTo: 'Kürzester Pfad nach',
  groups: 'Gruppen',
  partnerships: 'Partnerschaften',
  noPartnerships: 'Keine Partnerschaft in den Daten.',
  since: 'Seit',
  unknownYear: 'Jahr unbekannt',
  evidence: 'Belege',
  unverified: 'unbestätigt',
  proposed: 'vorgeschlagen',
  established: 'bestehend',
  close: 'Schließen',
};

const ru: PanelStrings = {
  names: 'Названия',
  local: 'местное',
  country: 'Страна',
  population: 'Население',
  source: 'Источник',
  sources: 'Источники',
  membership: 'В BaltMet Inno',
  memberships: {
    'lead-partner': 'Ведущий партнёр',
    partner: 'Партнёр',
    observer: 'Наблюдатель',
    external: 'Партнёр за пределами региона',
  },
  role: 'Роль',
  priorities: 'Приоритеты плана действий',
  strategies: 'Стратегии',
  measures: 'Сетевые показатели',
  metrics: {
    degree: 'Партнёры',
    weightedDegree: 'Партнёрства',
    betweenness: 'Посредничество',
    closeness: 'Близость',
    clustering: 'Кластеризация',
  },
  rankOf: (rank, total) => `№ ${rank} из ${total}`,
  path: 'Путь',
  pathTo: 'Кратчайший путь до',
  groups: 'Группы',
  partnerships: 'Партнёрства',
  noPartnerships: 'В данных нет партнёрств.',
  since: 'С',
  unknownYear: 'год неизвестен',
  evidence: 'Источники',
  unverified: 'не подтверждено',
  proposed: 'предложено',
  established: 'действующее',
  close: 'Закрыть',
};

const TABLE: Record<UiLang, PanelStrings> = { en, fi, sv, de, ru };

export function panelStrings(lang: UiLang): PanelStrings {
  return TABLE[lang];
}
