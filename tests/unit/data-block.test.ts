import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentingName } from '../../src/editor/presenting';
import { DATA_BLOCK_ID, dataBlock, escapeJsonForHtml, withDataset } from '../../src/standalone/data-block';

const OPEN = `<script type="application/json" id="${DATA_BLOCK_ID}">`;
const HOSTILE = ['</script>', '</SCRIPT >', '<!--', '<script>', '-->', ']]>', '\u2028', '<\u0000/script>'];

/** A page like the one-file build: the code mentions the block's opening tag, the block comes last. */
const template = (json: string) =>
  `<!doctype html><html><head><script type="module">const t = '${OPEN.replace('<', '\\x3c')}'; const u = "${OPEN}";</script></head>` +
  `<body><main></main>\n${dataBlock(json)}\n</body></html>`;

/** What an HTML parser would take as the block's text: up to the first `</script` after its start. */
function blockText(html: string): string {
  const start = html.lastIndexOf(OPEN) + OPEN.length;
  const end = html.toLowerCase().indexOf('</script', start);
  return html.slice(start, end);
}

describe('the data block of the one-file build', () => {
  it('escapes every < so that no data string can end the block or open markup', () => {
    const json = JSON.stringify({ title: HOSTILE.join(' ') });
    const escaped = escapeJsonForHtml(json);
    expect(escaped).not.toContain('<');
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });

  it('replaces the last block and nothing else, with the new dataset read back whole', () => {
    const page = template(JSON.stringify({ old: true }));
    const data = { meta: { title: `Ours ${HOSTILE.join('')}` }, cities: [{ note: '<!-- <script>' }] };
    const filled = withDataset(page, JSON.stringify(data));
    expect(filled).not.toBeNull();
    expect(JSON.parse(blockText(filled!))).toEqual(data);
    // The code before the block is untouched, and the page still ends as it did.
    expect(filled!.slice(0, page.lastIndexOf(OPEN))).toBe(page.slice(0, page.lastIndexOf(OPEN)));
    expect(filled!.endsWith('\n</body></html>')).toBe(true);
    // Filling a filled page again gives the same page as filling the template once.
    expect(withDataset(filled!, JSON.stringify({ old: true }))).toBe(page);
  });

  it('gives back any JSON value, whatever its strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.constantFrom(...HOSTILE)), (value, bits) => {
        const data = { value, bits: bits.join('') };
        const filled = withDataset(template('{}'), JSON.stringify(data));
        if (!filled) throw new Error('no block');
        expect(JSON.parse(blockText(filled))).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });

  it('says so when a text has no data block', () => {
    expect(withDataset('<html><body></body></html>', '{}')).toBeNull();
    expect(withDataset(`<html><body>${OPEN}{}`, '{}')).toBeNull();
  });
});

describe('presentingName', () => {
  it('names the file after the title, in plain letters', () => {
    expect(presentingName('Partners of Turku 2026')).toBe('partners-of-turku-2026.html');
    expect(presentingName('Malmö & Łódź, Ørestad')).toBe('malmo-lodz-orestad.html');
    expect(presentingName('Санкт-Петербург')).toBe('санкт-петербург.html');
    expect(presentingName('***')).toBe('archipelago.html');
  });
});
