import { html } from 'lit';
import { getAt } from './draft';
import { type FieldContext, fieldGroup, fieldId, localizedField, textField } from './fields';
import { choices, partnershipFields } from './link-form';

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
    ${partnershipFields(c, at, lang)}
    <button type="button" class="danger" data-delete @click=${onDelete}>${t.deleteGroup}</button>
  `;
}
