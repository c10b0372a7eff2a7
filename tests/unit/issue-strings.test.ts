import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/data/validate';
import { issueLine } from '../../src/i18n/issue-strings';

const issue = { code: 'unknown-city' as const, path: 'links[4].target', message: 'unknown city "helsinkii"' };

describe('issueLine', () => {
  it('is the English message with its path in English', () => {
    expect(issueLine(issue, 'en')).toBe('links[4].target: unknown city "helsinkii"');
  });

  it('says what is wrong in the interface language, keeping the precise message', () => {
    expect(issueLine(issue, 'fi')).toBe('links[4].target: tuntematon kaupunki (unknown city "helsinkii")');
    expect(issueLine(issue, 'de')).toBe('links[4].target: unbekannte Stadt (unknown city "helsinkii")');
    expect(issueLine({ ...issue, path: '' }, 'sv')).toBe('okänd stad (unknown city "helsinkii")');
  });

  it('has a label for every issue code in every language', () => {
    for (const lang of ['fi', 'sv', 'de', 'ru'] as const) {
      for (const code of ISSUE_CODES) {
        const line = issueLine({ code, path: 'x', message: 'm' }, lang);
        expect(line, `${lang} ${code}`).toMatch(/^x: .+ \(m\)$/);
        expect(line).not.toContain('undefined');
      }
    }
  });
});
