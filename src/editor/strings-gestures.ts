import type { UiLang } from '../i18n/strings';

/** The strings of editing on the map (src/editor/map-gestures.ts), in the five interface languages. */
const en = {
  onMap: 'On the map',
  modes: {
    select: 'Select and move',
    add: 'Add city',
    link: 'Draw partnership',
    members: 'Pick group members',
  },
  hints: {
    select: 'Click an island to edit its city; drag it to move the city.',
    add: 'Click the map where the new city is.',
    link: 'Drag from one island to another, or click (or press Enter on) two islands in turn.',
    members: 'Click (or press Enter on) islands to put them in {name} or take them out.',
  },
  keyboard: 'By keyboard: the coordinates, the city lists and the member boxes of the forms.',
  noGroup: 'Add a group first (Groups tab).',
  linkFrom: 'From {name}: now choose the second city.',
  moved: '{name} moved.',
  added: 'City added: fill in its form.',
  linked: 'Partnership {a} – {b} added.',
  memberIn: '{name} is now in the group.',
  memberOut: '{name} left the group.',
};

export type GestureStrings = typeof en;

const fi: GestureStrings = {
  onMap: 'Kartalla',
  modes: {
    select: 'Valitse ja siirrä',
    add: 'Lisää kaupunki',
    link: 'Piirrä kumppanuus',
    members: 'Valitse ryhmän jäsenet',
  },
  hints: {
    select: 'Napsauta saarta muokataksesi kaupunkia; vedä sitä siirtääksesi kaupungin.',
    add: 'Napsauta karttaa kohdasta, jossa uusi kaupunki on.',
    link: 'Vedä saarelta toiselle tai napsauta (tai paina Enter) kahta saarta vuorotellen.',
    members: 'Napsauta (tai paina Enter) saaria lisätäksesi ne ryhmään {name} tai poistaaksesi ne.',
  },
  keyboard: 'Näppäimistöllä: lomakkeiden koordinaatit, kaupunkiluettelot ja jäsenruudut.',
  noGroup: 'Lisää ensin ryhmä (Ryhmät-välilehti).',
  linkFrom: 'Kaupungista {name}: valitse nyt toinen kaupunki.',
  moved: '{name} siirretty.',
  added: 'Kaupunki lisätty: täytä sen lomake.',
  linked: 'Kumppanuus {a} – {b} lisätty.',
  memberIn: '{name} on nyt ryhmässä.',
  memberOut: '{name} poistui ryhmästä.',
};

const sv: GestureStrings = {
  onMap: 'På kartan',
  modes: {
    select: 'Välj och flytta',
    add: 'Lägg till stad',
    link: 'Rita partnerskap',
    members: 'Välj gruppens medlemmar',
  },
  hints: {
    select: 'Klicka på en ö för att redigera staden; dra den för att flytta staden.',
    add: 'Klicka på kartan där den nya staden ligger.',
    link: 'Dra från en ö till en annan, eller klicka (eller tryck Enter) på två öar i tur och ordning.',
    members: 'Klicka (eller tryck Enter) på öar för att lägga till dem i {name} eller ta bort dem.',
  },
  keyboard: 'Med tangentbordet: formulärens koordinater, stadslistor och medlemsrutor.',
  noGroup: 'Lägg först till en grupp (fliken Grupper).',
  linkFrom: 'Från {name}: välj nu den andra staden.',
  moved: '{name} flyttad.',
  added: 'Stad tillagd: fyll i dess formulär.',
  linked: 'Partnerskap {a} – {b} tillagt.',
  memberIn: '{name} är nu med i gruppen.',
  memberOut: '{name} lämnade gruppen.',
};

const de: GestureStrings = {
  onMap: 'Auf der Karte',
  modes: {
    select: 'Auswählen und verschieben',
    add: 'Stadt hinzufügen',
    link: 'Partnerschaft zeichnen',
    members: 'Gruppenmitglieder wählen',
  },
  hints: {
    select: 'Eine Insel anklicken, um ihre Stadt zu bearbeiten; ziehen, um die Stadt zu verschieben.',
    add: 'Auf die Karte klicken, wo die neue Stadt liegt.',
    link: 'Von einer Insel zur anderen ziehen oder zwei Inseln nacheinander anklicken (oder Enter drücken).',
    members: 'Inseln anklicken (oder Enter drücken), um sie in {name} aufzunehmen oder herauszunehmen.',
  },
  keyboard: 'Per Tastatur: die Koordinaten, die Städtelisten und die Mitgliederfelder der Formulare.',
  noGroup: 'Zuerst eine Gruppe hinzufügen (Reiter Gruppen).',
  linkFrom: 'Von {name}: jetzt die zweite Stadt wählen.',
  moved: '{name} verschoben.',
  added: 'Stadt hinzugefügt: bitte ihr Formular ausfüllen.',
  linked: 'Partnerschaft {a} – {b} hinzugefügt.',
  memberIn: '{name} ist jetzt in der Gruppe.',
  memberOut: '{name} hat die Gruppe verlassen.',
};

const ru: GestureStrings = {
  onMap: 'На карте',
  modes: {
    select: 'Выбрать и передвинуть',
    add: 'Добавить город',
    link: 'Нарисовать партнёрство',
    members: 'Выбрать участников группы',
  },
  hints: {
    select: 'Щёлкните остров, чтобы изменить город; перетащите его, чтобы передвинуть город.',
    add: 'Щёлкните по карте там, где находится новый город.',
    link: 'Перетащите от одного острова к другому или щёлкните (или нажмите Enter) на двух островах по очереди.',
    members: 'Щёлкайте острова (или нажимайте Enter), чтобы включить их в {name} или исключить.',
  },
  keyboard: 'С клавиатуры: координаты, списки городов и флажки участников в формах.',
  noGroup: 'Сначала добавьте группу (вкладка «Группы»).',
  linkFrom: 'От {name}: теперь выберите второй город.',
  moved: '{name}: перемещён.',
  added: 'Город добавлен: заполните его форму.',
  linked: 'Партнёрство {a} – {b} добавлено.',
  memberIn: '{name} теперь в группе.',
  memberOut: '{name} вышел из группы.',
};

const ALL: Record<UiLang, GestureStrings> = { en, fi, sv, de, ru };

export function gestureStrings(lang: UiLang): GestureStrings {
  return ALL[lang];
}
