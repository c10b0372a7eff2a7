export const LANGUAGES = ['en', 'fi', 'sv', 'de', 'ru'] as const;
export type UiLang = (typeof LANGUAGES)[number];

const en = {
  mapLabel: 'Map of the Baltic Sea Archipelago of Innovation',
  loading: 'Loading the archipelago…',
  errorTitle: 'The map could not be shown',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Reset view',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  legend: 'Legend',
  partnerships: 'Partnerships',
  groups: 'Groups',
  islandSize: 'Island size: population',
  metropolis: 'Metropolis',
  external: 'Partner beyond the map',
  population: 'Population',
  unverified: 'unverified',
  since: 'since',
  links: 'partnerships',
  selected: 'Selected',
  cleared: 'Selection cleared',
  offMap: 'beyond the map',
} as const;

export type Strings = { [K in keyof typeof en]: string };

const fi: Strings = {
  mapLabel: 'Itämeren innovaatiosaariston kartta',
  loading: 'Saaristoa ladataan…',
  errorTitle: 'Karttaa ei voitu näyttää',
  zoomIn: 'Lähennä',
  zoomOut: 'Loitonna',
  resetView: 'Palauta näkymä',
  fullscreen: 'Koko näyttö',
  exitFullscreen: 'Poistu koko näytöstä',
  legend: 'Selite',
  partnerships: 'Kumppanuudet',
  groups: 'Ryhmät',
  islandSize: 'Saaren koko: väkiluku',
  metropolis: 'Metropoli',
  external: 'Kumppani kartan ulkopuolella',
  population: 'Väkiluku',
  unverified: 'vahvistamaton',
  since: 'alkaen',
  links: 'kumppanuutta',
  selected: 'Valittu',
  cleared: 'Valinta poistettu',
  offMap: 'kartan ulkopuolella',
};

const sv: Strings = {
  mapLabel: 'Karta över Östersjöns innovationsarkipelag',
  loading: 'Arkipelagen laddas…',
  errorTitle: 'Kartan kunde inte visas',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  resetView: 'Återställ vyn',
  fullscreen: 'Helskärm',
  exitFullscreen: 'Lämna helskärm',
  legend: 'Teckenförklaring',
  partnerships: 'Partnerskap',
  groups: 'Grupper',
  islandSize: 'Öns storlek: befolkning',
  metropolis: 'Metropol',
  external: 'Partner utanför kartan',
  population: 'Befolkning',
  unverified: 'ej bekräftat',
  since: 'sedan',
  links: 'partnerskap',
  selected: 'Vald',
  cleared: 'Valet rensat',
  offMap: 'utanför kartan',
};

const de: Strings = {
  mapLabel: 'Karte des Ostsee-Archipels der Innovation',
  loading: 'Der Archipel wird geladen…',
  errorTitle: 'Die Karte konnte nicht angezeigt werden',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetView: 'Ansicht zurücksetzen',
  fullscreen: 'Vollbild',
  exitFullscreen: 'Vollbild beenden',
  legend: 'Legende',
  partnerships: 'Partnerschaften',
  groups: 'Gruppen',
  islandSize: 'Inselgröße: Einwohner',
  metropolis: 'Metropole',
  external: 'Partner außerhalb der Karte',
  population: 'Einwohner',
  unverified: 'unbestätigt',
  since: 'seit',
  links: 'Partnerschaften',
  selected: 'Ausgewählt',
  cleared: 'Auswahl aufgehoben',
  offMap: 'außerhalb der Karte',
};

const ru: Strings = {
  mapLabel: 'Карта Балтийского архипелага инноваций',
  loading: 'Загрузка архипелага…',
  errorTitle: 'Не удалось показать карту',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetView: 'Сбросить вид',
  fullscreen: 'Полный экран',
  exitFullscreen: 'Выйти из полноэкранного режима',
  legend: 'Легенда',
  partnerships: 'Партнёрства',
  groups: 'Группы',
  islandSize: 'Размер острова: население',
  metropolis: 'Метрополия',
  external: 'Партнёр за пределами карты',
  population: 'Население',
  unverified: 'не подтверждено',
  since: 'с',
  links: 'партнёрств',
  selected: 'Выбрано',
  cleared: 'Выбор снят',
  offMap: 'за пределами карты',
};

const TABLE: Record<UiLang, Strings> = { en, fi, sv, de, ru };

/** The interface language for a requested tag: its primary subtag if supported, else English. */
export function uiLang(requested: string | null | undefined): UiLang {
  const primary = (requested ?? '').toLowerCase().split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLang) : 'en';
}

export function strings(lang: UiLang): Strings {
  return TABLE[lang];
}
