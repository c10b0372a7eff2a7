import type { DataIssue, IssueCode } from '../data/validate';
import type { UiLang } from './strings';

/**
 * What each kind of data problem is, in the interface languages. The alert shows this with the path, and
 * keeps the precise English message (which names the offending value) beside it.
 */
const LABELS: Record<Exclude<UiLang, 'en'>, Record<IssueCode, string>> = {
  fi: {
    'not-json': 'tiedosto ei ole JSONia',
    http: 'palvelin vastasi virheellä',
    network: 'verkkovirhe',
    timeout: 'ei vastausta ajoissa',
    'too-large': 'liian suuri',
    schema: 'väärä tai puuttuva kenttä',
    empty: 'aineistossa ei ole kaupunkeja',
    'duplicate-id': 'sama tunniste kahdesti',
    'unknown-city': 'tuntematon kaupunki',
    'unknown-link': 'tuntematon yhteys',
    'unknown-group': 'tuntematon ryhmä',
    'unknown-type': 'tuntematon tyyppi',
    'unknown-priority': 'tuntematon painopiste',
    coordinates: 'koordinaatit eivät kelpaa',
    'self-link': 'yhteys kaupungista itseensä',
    'group-size': 'ryhmässä alle kolme kaupunkia',
    'url-scheme': 'vain http-, https- ja mailto-osoitteet sallitaan',
    years: 'vuodet väärässä järjestyksessä',
    basemap: 'taustakarttaa ei voitu ladata',
  },
  sv: {
    'not-json': 'filen är inte JSON',
    http: 'servern svarade med ett fel',
    network: 'nätverksfel',
    timeout: 'inget svar i tid',
    'too-large': 'för stor',
    schema: 'fel eller saknat fält',
    empty: 'inga städer i data',
    'duplicate-id': 'samma id två gånger',
    'unknown-city': 'okänd stad',
    'unknown-link': 'okänd förbindelse',
    'unknown-group': 'okänd grupp',
    'unknown-type': 'okänd typ',
    'unknown-priority': 'okänd prioritering',
    coordinates: 'ogiltiga koordinater',
    'self-link': 'förbindelse från en stad till sig själv',
    'group-size': 'grupp med färre än tre städer',
    'url-scheme': 'endast http-, https- och mailto-adresser tillåts',
    years: 'åren i fel ordning',
    basemap: 'bakgrundskartan kunde inte laddas',
  },
  de: {
    'not-json': 'die Datei ist kein JSON',
    http: 'der Server antwortete mit einem Fehler',
    network: 'Netzwerkfehler',
    timeout: 'keine Antwort in der Zeit',
    'too-large': 'zu groß',
    schema: 'falsches oder fehlendes Feld',
    empty: 'keine Städte in den Daten',
    'duplicate-id': 'dieselbe ID zweimal',
    'unknown-city': 'unbekannte Stadt',
    'unknown-link': 'unbekannte Verbindung',
    'unknown-group': 'unbekannte Gruppe',
    'unknown-type': 'unbekannter Typ',
    'unknown-priority': 'unbekannte Priorität',
    coordinates: 'ungültige Koordinaten',
    'self-link': 'Verbindung einer Stadt mit sich selbst',
    'group-size': 'Gruppe mit weniger als drei Städten',
    'url-scheme': 'nur http-, https- und mailto-Adressen erlaubt',
    years: 'Jahre in falscher Reihenfolge',
    basemap: 'die Grundkarte konnte nicht geladen werden',
  },
  ru: {
    'not-json': 'файл не в формате JSON',
    http: 'сервер ответил ошибкой',
    network: 'ошибка сети',
    timeout: 'нет ответа вовремя',
    'too-large': 'слишком большой',
    schema: 'неверное или отсутствующее поле',
    empty: 'в данных нет городов',
    'duplicate-id': 'один и тот же идентификатор дважды',
    'unknown-city': 'неизвестный город',
    'unknown-link': 'неизвестная связь',
    'unknown-group': 'неизвестная группа',
    'unknown-type': 'неизвестный тип',
    'unknown-priority': 'неизвестный приоритет',
    coordinates: 'недопустимые координаты',
    'self-link': 'связь города с самим собой',
    'group-size': 'в группе меньше трёх городов',
    'url-scheme': 'допустимы только адреса http, https и mailto',
    years: 'годы в неверном порядке',
    basemap: 'не удалось загрузить основу карты',
  },
};

/** One line of the alert: the path, what is wrong in the reader's language, and the precise message. */
export function issueLine(issue: DataIssue, lang: UiLang): string {
  const where = issue.path ? `${issue.path}: ` : '';
  if (lang === 'en') return `${where}${issue.message}`;
  return `${where}${LABELS[lang][issue.code]} (${issue.message})`;
}
