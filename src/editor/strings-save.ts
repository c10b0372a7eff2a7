import type { CsvLoss } from '../data/csv-write';
import type { UiLang } from '../i18n/strings';

/** The editor's words for saving, the spreadsheets and the file for presenting (save-actions.ts). */
const en = {
  title: 'Save and share',
  save: 'Save',
  saveTo: 'Save writes to {name}, the file you opened.',
  savePick: 'Save asks where to keep the file the first time, then writes there.',
  saveDownload: 'Save downloads archipelago.json: this browser cannot write to a file you opened.',
  saved: 'Saved to {name}.',
  saveFailed: 'Not saved: {message}',
  csv: 'Download CSV files',
  csvDone: 'Downloaded cities.csv, links.csv and groups.csv.',
  csvHolds: 'CSV files keep the cities, partnerships and groups; they leave out {list}.',
  losses: {
    chapters: 'the story',
    priorities: 'the priorities',
    meta: 'the dataset’s title and description',
    linkTypes: 'the type labels',
    strategies: 'the cities’ strategies',
    populationNotes: 'notes on population figures',
  } satisfies Record<CsvLoss, string> satisfies Record<CsvLoss, string>,
  presenting: 'Download for presenting',
  presentingHelp: 'One HTML file with the map and this dataset: it opens from a USB stick, with no network.',
  presentingMaking: 'Making the file for presenting…',
  presentingDone: 'Downloaded {name}.',
  presentingFailed: 'The file for presenting could not be made: {message}',
  noTemplate: 'this site has no template for it (the built site has one: npm run build)',
};

export type SaveStrings = typeof en;

const fi: SaveStrings = {
  title: 'Tallenna ja jaa',
  save: 'Tallenna',
  saveTo: 'Tallennus kirjoittaa avaamaasi tiedostoon {name}.',
  savePick:
    'Ensimmäisellä kerralla tallennus kysyy, minne tiedosto tallennetaan, sitten se kirjoittaa sinne.',
  saveDownload:
    'Tallennus lataa tiedoston archipelago.json: tämä selain ei voi kirjoittaa avaamaasi tiedostoon.',
  saved: 'Tallennettu: {name}.',
  saveFailed: 'Ei tallennettu: {message}',
  csv: 'Lataa CSV-tiedostot',
  csvDone: 'Ladattu cities.csv, links.csv ja groups.csv.',
  csvHolds: 'CSV-tiedostoissa ovat kaupungit, kumppanuudet ja ryhmät; niistä puuttuvat {list}.',
  losses: {
    chapters: 'tarina',
    priorities: 'painopisteet',
    meta: 'aineiston otsikko ja kuvaus',
    linkTypes: 'tyyppien nimet',
    strategies: 'kaupunkien strategiat',
    populationNotes: 'väkilukujen huomautukset',
  },
  presenting: 'Lataa esitystä varten',
  presentingHelp:
    'Yksi HTML-tiedosto, jossa on kartta ja tämä aineisto: se aukeaa USB-tikulta ilman verkkoa.',
  presentingMaking: 'Tehdään tiedostoa esitystä varten…',
  presentingDone: 'Ladattu {name}.',
  presentingFailed: 'Esitystiedostoa ei voitu tehdä: {message}',
  noTemplate: 'tällä sivustolla ei ole sen pohjaa (koottu sivusto sisältää sen: npm run build)',
};

const sv: SaveStrings = {
  title: 'Spara och dela',
  save: 'Spara',
  saveTo: 'Spara skriver till {name}, filen du öppnade.',
  savePick: 'Första gången frågar Spara var filen ska sparas, sedan skriver den dit.',
  saveDownload:
    'Spara laddar ned archipelago.json: den här webbläsaren kan inte skriva till en fil du öppnat.',
  saved: 'Sparat i {name}.',
  saveFailed: 'Inte sparat: {message}',
  csv: 'Ladda ned CSV-filer',
  csvDone: 'Nedladdat: cities.csv, links.csv och groups.csv.',
  csvHolds: 'CSV-filerna har städerna, partnerskapen och grupperna; de utelämnar {list}.',
  losses: {
    chapters: 'berättelsen',
    priorities: 'prioriteringarna',
    meta: 'datamängdens titel och beskrivning',
    linkTypes: 'typernas namn',
    strategies: 'städernas strategier',
    populationNotes: 'anteckningar om befolkningstal',
  },
  presenting: 'Ladda ned för presentation',
  presentingHelp:
    'En HTML-fil med kartan och den här datamängden: den öppnas från ett USB-minne utan nätverk.',
  presentingMaking: 'Filen för presentation skapas…',
  presentingDone: 'Nedladdat: {name}.',
  presentingFailed: 'Filen för presentation kunde inte skapas: {message}',
  noTemplate: 'den här webbplatsen har ingen mall för den (den byggda webbplatsen har en: npm run build)',
};

const de: SaveStrings = {
  title: 'Speichern und teilen',
  save: 'Speichern',
  saveTo: 'Speichern schreibt in {name}, die geöffnete Datei.',
  savePick: 'Beim ersten Mal fragt Speichern, wohin die Datei soll, danach schreibt es dorthin.',
  saveDownload:
    'Speichern lädt archipelago.json herunter: Dieser Browser kann nicht in eine geöffnete Datei schreiben.',
  saved: 'Gespeichert in {name}.',
  saveFailed: 'Nicht gespeichert: {message}',
  csv: 'CSV-Dateien herunterladen',
  csvDone: 'Heruntergeladen: cities.csv, links.csv und groups.csv.',
  csvHolds: 'CSV-Dateien enthalten Städte, Partnerschaften und Gruppen; es fehlen {list}.',
  losses: {
    chapters: 'die Geschichte',
    priorities: 'die Prioritäten',
    meta: 'Titel und Beschreibung des Datensatzes',
    linkTypes: 'die Namen der Typen',
    strategies: 'die Strategien der Städte',
    populationNotes: 'Anmerkungen zu Einwohnerzahlen',
  },
  presenting: 'Zum Präsentieren herunterladen',
  presentingHelp:
    'Eine HTML-Datei mit der Karte und diesem Datensatz: Sie öffnet sich vom USB-Stick, ohne Netz.',
  presentingMaking: 'Die Datei zum Präsentieren wird erstellt…',
  presentingDone: 'Heruntergeladen: {name}.',
  presentingFailed: 'Die Datei zum Präsentieren konnte nicht erstellt werden: {message}',
  noTemplate: 'diese Website hat keine Vorlage dafür (die gebaute Website hat eine: npm run build)',
};

const ru: SaveStrings = {
  title: 'Сохранить и поделиться',
  save: 'Сохранить',
  saveTo: 'Сохранение записывает в открытый вами файл {name}.',
  savePick: 'В первый раз сохранение спросит, куда записать файл, затем будет записывать туда.',
  saveDownload: 'Сохранение скачивает archipelago.json: этот браузер не может записывать в открытый файл.',
  saved: 'Сохранено в {name}.',
  saveFailed: 'Не сохранено: {message}',
  csv: 'Скачать файлы CSV',
  csvDone: 'Скачаны cities.csv, links.csv и groups.csv.',
  csvHolds: 'В файлах CSV есть города, партнёрства и группы; в них нет {list}.',
  losses: {
    chapters: 'истории',
    priorities: 'приоритетов',
    meta: 'названия и описания набора данных',
    linkTypes: 'названий типов',
    strategies: 'стратегий городов',
    populationNotes: 'примечаний к численности населения',
  },
  presenting: 'Скачать для показа',
  presentingHelp: 'Один HTML-файл с картой и этими данными: открывается с флешки, без сети.',
  presentingMaking: 'Создаётся файл для показа…',
  presentingDone: 'Скачан {name}.',
  presentingFailed: 'Не удалось создать файл для показа: {message}',
  noTemplate: 'на этом сайте нет шаблона для него (он есть в собранном сайте: npm run build)',
};

const TABLE: Record<UiLang, SaveStrings> = { en, fi, sv, de, ru };

export function saveStrings(lang: UiLang): SaveStrings {
  return TABLE[lang];
}
