import { html, nothing } from 'lit';
import { type DataIssue, formatPath } from '../data/validate';
import { getAt, type Json, type JsonObject, type Path } from './draft';
import type { EditorStrings } from './strings';

/** What every field needs: the draft, its problems and a way to change it. */
export interface FieldContext {
  t: EditorStrings;
  draft: JsonObject;
  issues: readonly DataIssue[];
  set: (path: Path, value: Json | undefined) => void;
}

/** An element id for the field at `path` (`cities[3].name.en` → `f-cities-3-name-en`). */
export const fieldId = (path: Path) => `f-${path.join('-').replace(/[^A-Za-z0-9-]/g, '_')}`;

/** The problems shown at a field: those at its path, and for a leaf field those under it too. */
function problemsAt(c: FieldContext, path: Path, leaf: boolean): DataIssue[] {
  const here = formatPath(path);
  return c.issues.filter(
    (i) => i.path === here || (leaf && (i.path.startsWith(`${here}.`) || i.path.startsWith(`${here}[`))),
  );
}

function problemList(id: string, problems: readonly DataIssue[]) {
  if (problems.length === 0) return nothing;
  return html`<ul class="field-problems" id=${`${id}-problems`}>
    ${problems.map((p) => html`<li>${p.message} <code>${p.path}</code></li>`)}
  </ul>`;
}

/** The attributes every input shares: id, path for "go to problem", invalid state and its description. */
function leafParts(c: FieldContext, path: Path) {
  const id = fieldId(path);
  const problems = problemsAt(c, path, true);
  return { id, problems, invalid: problems.length > 0 ? 'true' : 'false', describedBy: `${id}-problems` };
}

const shown = (value: Json | undefined) =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** A text field; empty is stored as `''` when required, else the key is removed. */
export function textField(c: FieldContext, label: string, path: Path, required = true) {
  const f = leafParts(c, path);
  return html`<div class="field">
    <label for=${f.id}>${label}</label>
    <input
      id=${f.id}
      type="text"
      data-path=${formatPath(path)}
      .value=${shown(getAt(c.draft, path))}
      aria-invalid=${f.invalid}
      aria-describedby=${f.problems.length ? f.describedBy : nothing}
      @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        c.set(path, value === '' && !required ? undefined : value);
      }}
    />
    ${problemList(f.id, f.problems)}
  </div>`;
}

/** `'2007'` → 2007; what is not a number is kept as typed, for the validator to name. */
export function parseNumber(text: string): Json | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) && Number.isFinite(n) ? n : text;
}

export function numberField(c: FieldContext, label: string, path: Path) {
  const f = leafParts(c, path);
  return html`<div class="field">
    <label for=${f.id}>${label}</label>
    <input
      id=${f.id}
      type="text"
      inputmode="decimal"
      data-path=${formatPath(path)}
      .value=${shown(getAt(c.draft, path))}
      aria-invalid=${f.invalid}
      aria-describedby=${f.problems.length ? f.describedBy : nothing}
      @input=${(e: Event) => c.set(path, parseNumber((e.target as HTMLInputElement).value))}
    />
    ${problemList(f.id, f.problems)}
  </div>`;
}

/**
 * A list to choose from. `empty` adds a first choice that removes the key. A value that is not among the
 * options (an unknown city id in an imported file) stays shown, so choosing nothing changes nothing.
 */
export function selectField(
  c: FieldContext,
  label: string,
  path: Path,
  options: readonly (readonly [string, string])[],
  empty?: string,
) {
  const f = leafParts(c, path);
  const value = getAt(c.draft, path);
  const current = value === undefined ? '' : String(value);
  const all =
    options.some(([v]) => v === current) || current === ''
      ? options
      : [[current, current] as const, ...options];
  return html`<div class="field">
    <label for=${f.id}>${label}</label>
    <select
      id=${f.id}
      data-path=${formatPath(path)}
      aria-invalid=${f.invalid}
      aria-describedby=${f.problems.length ? f.describedBy : nothing}
      @change=${(e: Event) => {
        const chosen = (e.target as HTMLSelectElement).value;
        c.set(
          path,
          chosen === '' ? undefined : chosen === 'true' ? true : chosen === 'false' ? false : chosen,
        );
      }}
    >
      ${empty !== undefined ? html`<option value="" ?selected=${current === ''}>${empty}</option>` : nothing}
      ${all.map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
    </select>
    ${problemList(f.id, f.problems)}
  </div>`;
}

/**
 * A group of fields under one legend; problems about the whole group show under the legend, and with
 * `deep` those about its items too (group members have no field each).
 */
export function fieldGroup(c: FieldContext, label: string, path: Path, content: unknown, deep = false) {
  const id = fieldId(path);
  const problems = problemsAt(c, path, deep);
  return html`<fieldset class="group" data-path=${formatPath(path)} aria-describedby=${problems.length ? `${id}-problems` : nothing}>
    <legend>${label}</legend>
    ${problemList(id, problems)} ${content}
  </fieldset>`;
}

export function verifiedField(c: FieldContext, path: Path) {
  return selectField(
    c,
    c.t.verified,
    path,
    [
      ['true', c.t.yes],
      ['false', c.t.no],
    ],
    c.t.notSaid,
  );
}

/** Languages offered when a text gets one more: the interface languages and the region's. */
const LANGUAGE_CHOICES = ['en', 'fi', 'sv', 'de', 'ru', 'et', 'lv', 'lt', 'pl', 'da', 'nb'];

type Rows = [string, string][];

/** A text by language as rows; a plain string is one row with no language. */
function rowsOf(value: Json | undefined): Rows {
  if (typeof value === 'string') return [['', value]];
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : shown(v)]);
  return [];
}

function textOf(rows: Rows, required: boolean): Json | undefined {
  if (rows.length === 1 && rows[0]?.[0] === '') return rows[0][1];
  if (rows.length === 0 && !required) return undefined;
  return Object.fromEntries(rows);
}

/** A text in any number of languages: a language tag and the text per row. */
export function localizedField(c: FieldContext, label: string, path: Path, required: boolean) {
  const rows = rowsOf(getAt(c.draft, path));
  const write = (next: Rows) => c.set(path, textOf(next, required));
  const rowParts = rows.map(([lang, text], i) => {
    const langPath = [...path, `#lang${i}`];
    const textPath = lang === '' ? path : [...path, lang];
    const f = leafParts(c, textPath);
    const langId = fieldId(langPath);
    return html`<div class="lang-row">
      <label for=${langId} class="lang-label">${c.t.language}</label>
      <input
        id=${langId}
        class="lang"
        type="text"
        .value=${lang}
        placeholder=${c.t.anyLanguage}
        @input=${(e: Event) => {
          const tag = (e.target as HTMLInputElement).value;
          // Two rows of one language would lose one of them: a taken tag is not applied.
          if (rows.some(([other], j) => j !== i && other === tag)) return;
          write(rows.map((row, j) => (j === i ? [tag, row[1]] : row)));
        }}
      />
      <label for=${f.id} class="sr-only">${label} (${lang || c.t.anyLanguage})</label>
      <input
        id=${f.id}
        type="text"
        data-path=${formatPath(textPath)}
        .value=${text}
        aria-invalid=${lang === '' ? 'false' : f.invalid}
        aria-describedby=${f.problems.length && lang !== '' ? f.describedBy : nothing}
        @input=${(e: Event) => write(rows.map((row, j) => (j === i ? [row[0], (e.target as HTMLInputElement).value] : row)))}
      />
      <button type="button" class="small" @click=${() => write(rows.filter((_, j) => j !== i))}>
        ${c.t.remove}<span class="sr-only"> ${lang || c.t.anyLanguage}</span>
      </button>
      ${lang !== '' ? problemList(f.id, f.problems) : nothing}
    </div>`;
  });
  const taken = new Set(rows.map(([lang]) => lang));
  const next = LANGUAGE_CHOICES.find((lang) => !taken.has(lang));
  const add = () => {
    const base = rows.length === 1 && rows[0]?.[0] === '' ? ([['en', rows[0][1]]] as Rows) : rows;
    const lang = LANGUAGE_CHOICES.find((l) => !base.some(([t]) => t === l));
    if (lang) write([...base, [lang, '']]);
  };
  return fieldGroup(
    c,
    label,
    path,
    html`${rowParts}${
      next ? html`<button type="button" class="small" @click=${add}>${c.t.addLanguage}</button>` : nothing
    }`,
  );
}

/** The sources of an entry: title, URL and slide per row. */
export function sourcesField(c: FieldContext, path: Path) {
  const list = getAt(c.draft, path);
  const items = Array.isArray(list) ? list : [];
  const rows = items.map(
    (_, j) => html`<div class="source-row">
      ${textField(c, c.t.sourceTitle, [...path, j, 'title'])}
      ${textField(c, c.t.sourceUrl, [...path, j, 'url'], false)}
      ${numberField(c, c.t.slide, [...path, j, 'slide'])}
      <button type="button" class="small" @click=${() =>
        c.set(
          path,
          items.filter((_x, k) => k !== j),
        )}>
        ${c.t.removeSource} ${j + 1}
      </button>
    </div>`,
  );
  return fieldGroup(
    c,
    c.t.sources,
    path,
    html`${rows}<button type="button" class="small" data-add-source @click=${() => c.set(path, [...items, { title: '' }])}>
      ${c.t.addSource}
    </button>`,
  );
}
