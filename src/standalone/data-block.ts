/**
 * The dataset inside the one-file build: a `<script type="application/json" id="archipelago-data">`
 * block at the end of the body, which the page reads at start (main.ts) and the editor's "Download for
 * presenting" replaces with the edited dataset (src/editor/presenting.ts).
 *
 * The JSON is written with every `<` as `\u003c` (the same string to `JSON.parse`): the text then
 * holds no `<`, so no data string — `</script>`, `<!--`, `<script` — can end the block early or change
 * how the HTML parser reads it. The block is the last one of its kind in the file, so the editor finds
 * it with `lastIndexOf` even though the inlined code mentions its id.
 */

export const DATA_BLOCK_ID = 'archipelago-data';
const OPEN = `<script type="application/json" id="${DATA_BLOCK_ID}">`;
const CLOSE = '</script>';

/** JSON text with no `<` left in it; `JSON.parse` gives the same value. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The block holding `json` (a JSON text), safe inside any HTML body. */
export function dataBlock(json: string): string {
  return `${OPEN}${escapeJsonForHtml(json)}${CLOSE}`;
}

/** The one-file build with its dataset replaced by `json`; null when the text has no data block. */
export function withDataset(template: string, json: string): string | null {
  const start = template.lastIndexOf(OPEN);
  if (start < 0) return null;
  const end = template.indexOf(CLOSE, start + OPEN.length);
  if (end < 0) return null;
  return template.slice(0, start) + dataBlock(json) + template.slice(end + CLOSE.length);
}

/** The page's inline dataset as a `data:` URL for the map's `src` (file:// allows no fetch of a file). */
export function inlineDatasetUrl(doc: Document): string | null {
  const block = doc.getElementById(DATA_BLOCK_ID);
  if (block?.tagName !== 'SCRIPT') return null;
  return `data:application/json;charset=utf-8,${encodeURIComponent(block.textContent ?? '')}`;
}
