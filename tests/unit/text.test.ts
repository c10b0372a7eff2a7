import { describe, expect, it } from 'vitest';
import { cityNames, localize, normalizeForSearch } from '../../src/data/text';

describe('localize', () => {
  const name = { en: 'St. Petersburg', fi: 'Pietari', ru: 'Санкт-Петербург' };

  it('returns a plain string as is, and "" for undefined', () => {
    expect(localize('Riga', 'fi')).toBe('Riga');
    expect(localize(undefined, 'en')).toBe('');
  });

  it('picks the language, else the fallback, else the first value', () => {
    expect(localize(name, 'fi')).toBe('Pietari');
    expect(localize(name, 'sv')).toBe('St. Petersburg');
    expect(localize(name, 'sv', 'ru')).toBe('Санкт-Петербург');
    expect(localize({ lv: 'Rīga', ru: 'Рига' }, 'de')).toBe('Rīga');
  });

  it('matches region subtags both ways', () => {
    expect(localize(name, 'fi-FI')).toBe('Pietari');
    expect(localize({ 'en-GB': 'Colour', de: 'Farbe' }, 'en')).toBe('Colour');
  });

  it('does not pick up inherited properties', () => {
    expect(localize({ en: 'Oslo' }, 'constructor')).toBe('Oslo');
    expect(localize({ en: 'Oslo' }, 'toString')).toBe('Oslo');
  });
});

describe('cityNames', () => {
  it('lists local names first, in localLanguages order, then the rest in file order', () => {
    expect(
      cityNames({
        name: { en: 'Helsinki', fi: 'Helsinki', sv: 'Helsingfors', ru: 'Хельсинки' },
        localLanguages: ['fi', 'sv'],
      }),
    ).toEqual([
      { lang: 'fi', name: 'Helsinki', local: true },
      { lang: 'sv', name: 'Helsingfors', local: true },
      { lang: 'en', name: 'Helsinki', local: false },
      { lang: 'ru', name: 'Хельсинки', local: false },
    ]);
  });

  it('works without localLanguages and for plain-string names', () => {
    expect(cityNames({ name: { en: 'Riga', lv: 'Rīga' } })).toEqual([
      { lang: 'en', name: 'Riga', local: false },
      { lang: 'lv', name: 'Rīga', local: false },
    ]);
    expect(cityNames({ name: 'Tallinn' })).toEqual([{ lang: 'und', name: 'Tallinn', local: false }]);
  });
});

describe('normalizeForSearch', () => {
  it('lower-cases and strips diacritics', () => {
    expect(normalizeForSearch('Malmö')).toBe('malmo');
    expect(normalizeForSearch('Rīga')).toBe('riga');
    expect(normalizeForSearch('KÖPENHAMN')).toBe('kopenhamn');
    expect(normalizeForSearch('Brüssel')).toBe('brussel');
    expect(normalizeForSearch('Šiauliai')).toBe('siauliai');
  });

  it('maps letters that do not decompose', () => {
    expect(normalizeForSearch('København')).toBe('kobenhavn');
    expect(normalizeForSearch('Malmø')).toBe('malmo');
    expect(normalizeForSearch('Æbeltoft')).toBe('aebeltoft');
    expect(normalizeForSearch('Åland')).toBe('aland');
    expect(normalizeForSearch('Straße')).toBe('strasse');
    expect(normalizeForSearch('Łódź')).toBe('lodz');
    expect(normalizeForSearch('Wrocław')).toBe('wroclaw');
  });

  it('keeps Cyrillic letters, including й and ё', () => {
    expect(normalizeForSearch('Санкт-Петербург')).toBe('санкт-петербург');
    expect(normalizeForSearch('Хельсинки')).toBe('хельсинки');
    expect(normalizeForSearch('Йошкар-Ола')).toBe('йошкар-ола');
    expect(normalizeForSearch('Мальмё')).toBe('мальмё');
  });

  it('is idempotent and makes query and name meet', () => {
    for (const s of ['Malmö', 'København', 'Санкт-Петербург', 'Warszawa', 'ẞ']) {
      expect(normalizeForSearch(normalizeForSearch(s))).toBe(normalizeForSearch(s));
    }
    expect(normalizeForSearch('Kobenhavn')).toBe(normalizeForSearch('København'));
    expect(normalizeForSearch('tallinn')).toBe(normalizeForSearch('Tallinn'));
  });
});
