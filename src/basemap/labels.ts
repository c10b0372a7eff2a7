/**
 * Label points of the embedded basemap: seas and gulfs, and countries. Pure data.
 *
 * Sea points start from Natural Earth's 1:10m marine-polygon label points, moved where those sat
 * on or next to land at our scale (Baltic Sea: off Gotland; Kattegat: off Anholt; Skagerrak, Gulf of
 * Bothnia and Gulf of Riga: mid-basin). Country points sit well inside each country and away
 * from the capitals and the BaltMet city markers the overlay draws.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** Languages the basemap labels carry (the UI languages). */
export const BASEMAP_LANGS = ['en', 'fi', 'sv', 'de', 'ru'] as const;
export type BasemapLang = (typeof BASEMAP_LANGS)[number];

export type LabelNames = { [L in BasemapLang as `name_${L}`]: string };

export interface SeaLabelProperties extends LabelNames {
  id: string;
  /** 1 = the big seas (larger text), 2 = gulfs and straits. */
  rank: 1 | 2;
  /** Zoom from which the label shows (symbol layers filter on it). */
  minzoom: number;
}

export interface CountryLabelProperties extends LabelNames {
  /** ISO 3166-1 numeric code, as the country polygons' ids. */
  iso: string;
  /** Zoom from which the label shows. */
  minzoom: number;
}

type Names = [en: string, fi: string, sv: string, de: string, ru: string];

function names([en, fi, sv, de, ru]: Names): LabelNames {
  return { name_en: en, name_fi: fi, name_sv: sv, name_de: de, name_ru: ru };
}

function sea(
  id: string,
  lngLat: [number, number],
  rank: 1 | 2,
  minzoom: number,
  n: Names,
): Feature<Point, SeaLabelProperties> {
  return {
    type: 'Feature',
    id,
    properties: { id, rank, minzoom, ...names(n) },
    geometry: { type: 'Point', coordinates: lngLat },
  };
}

function country(
  iso: string,
  lngLat: [number, number],
  minzoom: number,
  n: Names,
): Feature<Point, CountryLabelProperties> {
  return {
    type: 'Feature',
    id: iso,
    properties: { iso, minzoom, ...names(n) },
    geometry: { type: 'Point', coordinates: lngLat },
  };
}

export const SEA_LABELS: FeatureCollection<Point, SeaLabelProperties> = {
  type: 'FeatureCollection',
  features: [
    sea('baltic-sea', [19.2, 55.75], 1, 0, [
      'Baltic Sea',
      'Itämeri',
      'Östersjön',
      'Ostsee',
      'Балтийское море',
    ]),
    sea('north-sea', [3.3, 55.8], 1, 0, ['North Sea', 'Pohjanmeri', 'Nordsjön', 'Nordsee', 'Северное море']),
    sea('norwegian-sea', [5.0, 66.0], 1, 0, [
      'Norwegian Sea',
      'Norjanmeri',
      'Norska havet',
      'Norwegische See',
      'Норвежское море',
    ]),
    sea('gulf-of-finland', [26.4, 59.95], 2, 4, [
      'Gulf of Finland',
      'Suomenlahti',
      'Finska viken',
      'Finnischer Meerbusen',
      'Финский залив',
    ]),
    sea('gulf-of-bothnia', [19.7, 62.0], 2, 4, [
      'Gulf of Bothnia',
      'Pohjanlahti',
      'Bottniska viken',
      'Bottnischer Meerbusen',
      'Ботнический залив',
    ]),
    sea('gulf-of-riga', [23.4, 57.65], 2, 4, [
      'Gulf of Riga',
      'Riianlahti',
      'Rigabukten',
      'Rigaer Bucht',
      'Рижский залив',
    ]),
    sea('kattegat', [11.6, 57.0], 2, 4, ['Kattegat', 'Kattegat', 'Kattegatt', 'Kattegat', 'Каттегат']),
    sea('skagerrak', [9.0, 57.95], 2, 4, ['Skagerrak', 'Skagerrak', 'Skagerrak', 'Skagerrak', 'Скагеррак']),
    // The strait between Copenhagen and Malmö: the label sits north of both city markers, off
    // Vedbæk/Barsebäck, and only once the strait is wide enough on screen to hold it.
    sea('oresund', [12.72, 55.84], 2, 7, ['Øresund', 'Juutinrauma', 'Öresund', 'Öresund', 'Эресунн']),
  ],
};

export const COUNTRY_LABELS: FeatureCollection<Point, CountryLabelProperties> = {
  type: 'FeatureCollection',
  features: [
    // Capitals for reference: Helsinki 24.94/60.17, Stockholm 18.07/59.33, Oslo 10.75/59.91,
    // Copenhagen 12.57/55.68, Berlin 13.40/52.52, Warsaw 21.01/52.23, Tallinn 24.75/59.44,
    // Riga 24.11/56.95, Vilnius 25.28/54.69, Moscow 37.62/55.75, Minsk 27.56/53.90.
    country('246', [26.3, 62.9], 0, ['Finland', 'Suomi', 'Finland', 'Finnland', 'Финляндия']),
    country('752', [15.2, 62.6], 0, ['Sweden', 'Ruotsi', 'Sverige', 'Schweden', 'Швеция']),
    country('578', [9.0, 61.6], 0, ['Norway', 'Norja', 'Norge', 'Norwegen', 'Норвегия']),
    country('208', [9.2, 56.15], 3, ['Denmark', 'Tanska', 'Danmark', 'Dänemark', 'Дания']),
    country('276', [10.0, 52.2], 0, ['Germany', 'Saksa', 'Tyskland', 'Deutschland', 'Германия']),
    country('616', [17.9, 52.75], 0, ['Poland', 'Puola', 'Polen', 'Polen', 'Польша']),
    country('233', [26.0, 58.65], 3, ['Estonia', 'Viro', 'Estland', 'Estland', 'Эстония']),
    country('428', [26.2, 56.65], 3, ['Latvia', 'Latvia', 'Lettland', 'Lettland', 'Латвия']),
    country('440', [23.7, 55.35], 3, ['Lithuania', 'Liettua', 'Litauen', 'Litauen', 'Литва']),
    country('643', [34.0, 58.3], 0, ['Russia', 'Venäjä', 'Ryssland', 'Russland', 'Россия']),
    country('112', [28.1, 53.05], 3, ['Belarus', 'Valko-Venäjä', 'Belarus', 'Belarus', 'Беларусь']),
  ],
};
