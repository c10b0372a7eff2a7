import type { UiLang } from './strings';

/** The words of the film export's dialogs, loaded with the film code. `{…}` slots are filled with `fill`. */
export interface FilmStrings {
  title: string;
  format: string;
  mp4: string;
  webm: string;
  size: string;
  titleCard: string;
  make: string;
  cancel: string;
  making: string;
  /** The chapter being rendered: `{n}` of `{count}`, `{title}`. */
  chapter: string;
  titleCardNow: string;
  /** `{n}` of `{count}` frames. */
  frames: string;
  /** `{time}` is minutes and seconds, `m:ss`. */
  timeLeft: string;
  cancelled: string;
}

const en: FilmStrings = {
  title: 'Film of the story',
  format: 'Format',
  mp4: 'MP4 (H.264 where this browser encodes it, else VP9 or AV1)',
  webm: 'WebM (VP9)',
  size: 'Size',
  titleCard: 'Begin with a title card',
  make: 'Make the film',
  cancel: 'Cancel',
  making: 'Making the film',
  chapter: 'Chapter {n} of {count}: {title}',
  titleCardNow: 'Title card',
  frames: 'Frame {n} of {count}',
  timeLeft: 'About {time} left',
  cancelled: 'Film cancelled',
};

const fi: FilmStrings = {
  title: 'Tarina videona',
  format: 'Muoto',
  mp4: 'MP4 (H.264, jos selain osaa sen, muuten VP9 tai AV1)',
  webm: 'WebM (VP9)',
  size: 'Koko',
  titleCard: 'Aloita otsikkokuvalla',
  make: 'Tee video',
  cancel: 'Peruuta',
  making: 'Videota tehdään',
  chapter: 'Luku {n}/{count}: {title}',
  titleCardNow: 'Otsikkokuva',
  frames: 'Kuva {n}/{count}',
  timeLeft: 'Noin {time} jäljellä',
  cancelled: 'Video peruttu',
};

const sv: FilmStrings = {
  title: 'Berättelsen som film',
  format: 'Format',
  mp4: 'MP4 (H.264 där webbläsaren kan koda det, annars VP9 eller AV1)',
  webm: 'WebM (VP9)',
  size: 'Storlek',
  titleCard: 'Börja med en titelbild',
  make: 'Gör filmen',
  cancel: 'Avbryt',
  making: 'Filmen görs',
  chapter: 'Kapitel {n} av {count}: {title}',
  titleCardNow: 'Titelbild',
  frames: 'Bild {n} av {count}',
  timeLeft: 'Cirka {time} kvar',
  cancelled: 'Filmen avbröts',
};

const de: FilmStrings = {
  title: 'Die Geschichte als Film',
  format: 'Format',
  mp4: 'MP4 (H.264, wo der Browser es kodiert, sonst VP9 oder AV1)',
  webm: 'WebM (VP9)',
  size: 'Größe',
  titleCard: 'Mit einer Titelkarte beginnen',
  make: 'Film erstellen',
  cancel: 'Abbrechen',
  making: 'Der Film wird erstellt',
  chapter: 'Kapitel {n} von {count}: {title}',
  titleCardNow: 'Titelkarte',
  frames: 'Bild {n} von {count}',
  timeLeft: 'Noch etwa {time}',
  cancelled: 'Film abgebrochen',
};

const ru: FilmStrings = {
  title: 'История как видео',
  format: 'Формат',
  mp4: 'MP4 (H.264, если браузер его кодирует, иначе VP9 или AV1)',
  webm: 'WebM (VP9)',
  size: 'Размер',
  titleCard: 'Начать с титульного кадра',
  make: 'Создать видео',
  cancel: 'Отмена',
  making: 'Видео создаётся',
  chapter: 'Глава {n} из {count}: {title}',
  titleCardNow: 'Титульный кадр',
  frames: 'Кадр {n} из {count}',
  timeLeft: 'Осталось около {time}',
  cancelled: 'Видео отменено',
};

const ALL: Record<UiLang, FilmStrings> = { en, fi, sv, de, ru };

export function filmStrings(lang: UiLang): FilmStrings {
  return ALL[lang];
}
