import { QUERY_ATTRIBUTES } from './config';

export interface SnippetInput {
  /** Address of the app's embed page, e.g. `https://maps.example.org/baltic/embed.html`. */
  embedUrl: string;
  /** Where the partner will host the package module. */
  moduleUrl: string;
  /** Where the partner will host embed-resize.js. */
  resizeScriptUrl: string;
  /** Element attributes of the current view (src, theme, lang, chapter, …). */
  attributes: Record<string, string>;
  /** The view state as a URL hash (`#city=…`), or ''. */
  hash: string;
  /** Accessible title of the iframe. */
  title: string;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The two ways to put the current view on another site: the iframe (with the resize helper the partner
 * hosts) and the script + tag. Values are escaped for HTML attributes; nothing else is interpolated.
 */
export function embedSnippets(input: SnippetInput): { iframe: string; element: string } {
  const params = new URLSearchParams();
  for (const name of QUERY_ATTRIBUTES) {
    const value = input.attributes[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  const src = `${input.embedUrl}${query ? `?${query}` : ''}${input.hash}`;
  const iframe = [
    `<iframe data-archipelago src="${attr(src)}" title="${attr(input.title)}"`,
    `  style="width:100%;height:600px;border:0" loading="lazy"></iframe>`,
    `<script src="${attr(input.resizeScriptUrl)}" defer></script>`,
  ].join('\n');
  const tagAttributes = Object.entries(input.attributes)
    .filter(([name, value]) => value && (QUERY_ATTRIBUTES as readonly string[]).includes(name))
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('');
  const element = [
    `<script type="module" src="${attr(input.moduleUrl)}"></script>`,
    `<archipelago-map${tagAttributes} style="display:block;height:600px"></archipelago-map>`,
  ].join('\n');
  return { iframe, element };
}
