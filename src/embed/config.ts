import { CONTROLS, THEMES } from '../state/options';

/** Attributes a page passes from its query string to the element: `?src=…&theme=…&lang=…`. */
export const QUERY_ATTRIBUTES = [
  'src',
  'chapter',
  'theme',
  'lang',
  'controls',
  'basemap',
  'timeline',
] as const;

const ALLOWED: Partial<Record<(typeof QUERY_ATTRIBUTES)[number], readonly string[]>> = {
  theme: THEMES,
  controls: CONTROLS,
  timeline: ['true'],
};

/**
 * The element attributes named by a query string. Unknown keys and values outside an attribute's set are
 * dropped, so a mistyped link shows the default map rather than an error.
 */
export function attributesFromQuery(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const name of QUERY_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    const allowed = ALLOWED[name];
    if (allowed && !allowed.includes(value)) continue;
    out[name] = value;
  }
  return out;
}
