import { describe, expect, it } from 'vitest';
import { exploreStrings } from '../../src/i18n/explore-strings';
import { panelStrings } from '../../src/i18n/panel-strings';
import { fill, LANGUAGES, strings } from '../../src/i18n/strings';

describe('the strings for proposed and established', () => {
  it('exist in every interface language, translated', () => {
    const en = strings('en');
    expect([en.proposed, en.established, fill(en.proposedCount, { n: 22 })]).toEqual([
      'proposed',
      'established',
      'Proposed (22)',
    ]);
    for (const lang of LANGUAGES) {
      for (const t of [strings(lang), exploreStrings(lang), panelStrings(lang)]) {
        expect(t.proposed, lang).toBeTruthy();
        expect(t.established, lang).toBeTruthy();
        if (lang !== 'en') expect(t.proposed, lang).not.toBe('proposed');
      }
      expect(fill(strings(lang).proposedCount, { n: 3 }), lang).toContain('3');
      expect(strings(lang).includeProposed, lang).toBeTruthy();
      expect(exploreStrings(lang).colStatus, lang).toBeTruthy();
    }
  });
});
