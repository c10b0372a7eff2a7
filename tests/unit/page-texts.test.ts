import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/data/text';
import { shipped } from './shipped';

// The page titles itself after the data it shows (main.ts, on `archipelago-ready`); what index.html ships
// is the bundled dataset's own title and subtitle, so nothing changes under the reader's eyes at ready.
describe('index.html speaks of the shipped dataset', () => {
  const page = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const meta = shipped.meta;

  it('has its title as the document title and the heading, and its subtitle under it', () => {
    const title = localize(meta.title, 'en');
    expect(page).toContain(`<title>${title}</title>`);
    expect(page).toContain(`<h1>${title}</h1>`);
    expect(meta.subtitle).toBeDefined();
    expect(page).toContain(`<p>${localize(meta.subtitle ?? '', 'en')}</p>`);
  });
});
