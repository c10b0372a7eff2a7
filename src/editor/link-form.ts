import { html } from 'lit';
import { STATUSES } from '../data/schema';
import { localize } from '../data/text';
import { getAt, type Json } from './draft';
import {
  type FieldContext,
  localizedField,
  numberField,
  selectField,
  sourcesField,
  textField,
  verifiedField,
} from './fields';

const list = (value: Json | undefined) => (Array.isArray(value) ? value : []);

/** `[id, label]` of each entry of a list in the draft, for choosing by name. */
export function choices(c: FieldContext, key: 'cities' | 'linkTypes', lang: string) {
  return list(c.draft[key]).flatMap((item) => {
    const id = getAt(item, ['id']);
    if (typeof id !== 'string') return [];
    const label = getAt(item, [key === 'cities' ? 'name' : 'label']);
    const text =
      typeof label === 'string' || (label && typeof label === 'object' && !Array.isArray(label))
        ? localize(label as Parameters<typeof localize>[0], lang)
        : '';
    return [[id, text ? `${text} (${id})` : id] as const];
  });
}

/** What a link and a group both hold: type, status, dates, description, note, sources, verified. */
export function partnershipFields(c: FieldContext, at: readonly (string | number)[], lang: string) {
  const t = c.t;
  return html`
    ${selectField(c, t.type, [...at, 'type'], choices(c, 'linkTypes', lang))}
    ${selectField(
      c,
      t.status,
      [...at, 'status'],
      STATUSES.map((s) => [s, t.statuses[s]] as const),
      t.notSaid,
    )}
    ${numberField(c, t.since, [...at, 'since'])}
    ${numberField(c, t.until, [...at, 'until'])}
    ${localizedField(c, t.description, [...at, 'description'], true)}
    ${localizedField(c, t.note, [...at, 'note'], false)}
    ${sourcesField(c, [...at, 'sources'])}
    ${verifiedField(c, [...at, 'verified'])}
  `;
}

/** The form of one partnership (a link between two cities). */
export function linkForm(c: FieldContext, i: number, lang: string, onDelete: () => void) {
  const at = ['links', i] as const;
  const t = c.t;
  const cities = choices(c, 'cities', lang);
  return html`
    ${textField(c, t.id, [...at, 'id'])}
    ${selectField(c, t.source, [...at, 'source'], cities)}
    ${selectField(c, t.target, [...at, 'target'], cities)}
    ${partnershipFields(c, at, lang)}
    <button type="button" class="danger" data-delete @click=${onDelete}>${t.deleteLink}</button>
  `;
}
