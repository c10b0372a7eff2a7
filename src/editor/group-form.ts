import { html } from 'lit';
import { STATUSES } from '../data/schema';
import { getAt } from './draft';
import {
  type FieldContext,
  fieldGroup,
  fieldId,
  localizedField,
  numberField,
  selectField,
  sourcesField,
  textField,
  verifiedField,
} from './fields';
import { choices } from './link-form';

/** The cities to tick, and members that are no city (from a file), so that they can be unticked. */
function everyMember(cities: readonly (readonly [string, string])[], members: readonly unknown[]) {
  const known = new Set(cities.map(([id]) => id));
  const strays = members.filter((m): m is string => typeof m === 'string' && !known.has(m));
  return [...cities, ...strays.map((id) => [id, id] as const)];
}

/** The form of one group (a partnership of three or more cities); members are ticked in a list. */
export function groupForm(c: FieldContext, i: number, lang: string, onDelete: () => void) {
  const at = ['groups', i] as const;
  const t = c.t;
  const raw = getAt(c.draft, [...at, 'members']);
  const members = Array.isArray(raw) ? raw : [];
  const toggle = (id: string, on: boolean) =>
    c.set([...at, 'members'], on ? [...members, id] : members.filter((m) => m !== id));
  return html`
    ${textField(c, t.id, [...at, 'id'])}
    ${localizedField(c, t.name, [...at, 'name'], true)}
    ${fieldGroup(
      c,
      t.members,
      [...at, 'members'],
      html`<div class="members">
        ${everyMember(choices(c, 'cities', lang), members).map(([id, label]) => {
          const boxId = fieldId([...at, 'members', id]);
          return html`<div class="member">
            <input
              type="checkbox"
              id=${boxId}
              .checked=${members.includes(id)}
              @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
            />
            <label for=${boxId}>${label}</label>
          </div>`;
        })}
      </div>`,
      true,
    )}
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
    <button type="button" class="danger" data-delete @click=${onDelete}>${t.deleteGroup}</button>
  `;
}
