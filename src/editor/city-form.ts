import { html } from 'lit';
import { CITY_KINDS } from '../data/schema';
import { getAt } from './draft';
import {
  type FieldContext,
  fieldGroup,
  localizedField,
  numberField,
  selectField,
  sourcesField,
  textField,
  verifiedField,
} from './fields';

/** The form of one city: every field of the schema people edit by hand. */
export function cityForm(c: FieldContext, i: number, onDelete: () => void) {
  const at = ['cities', i] as const;
  const population = getAt(c.draft, [...at, 'population']);
  const t = c.t;
  return html`
    ${textField(c, t.id, [...at, 'id'])}
    ${localizedField(c, t.name, [...at, 'name'], true)}
    ${selectField(
      c,
      t.kind,
      [...at, 'kind'],
      CITY_KINDS.map((k) => [k, t.kinds[k]] as const),
    )}
    ${textField(c, t.country, [...at, 'country'])}
    ${fieldGroup(
      c,
      t.coordinates,
      [...at, 'coordinates'],
      html`${numberField(c, t.longitude, [...at, 'coordinates', 0])}
      ${numberField(c, t.latitude, [...at, 'coordinates', 1])}`,
    )}
    ${fieldGroup(
      c,
      t.population,
      [...at, 'population'],
      population === undefined
        ? html`<button type="button" class="small" @click=${() => c.set([...at, 'population'], { source: { title: '' } })}>
            ${t.addPopulation}
          </button>`
        : html`${numberField(c, t.populationValue, [...at, 'population', 'value'])}
          ${numberField(c, t.year, [...at, 'population', 'year'])}
          ${textField(c, t.sourceTitle, [...at, 'population', 'source', 'title'])}
          ${textField(c, t.sourceUrl, [...at, 'population', 'source', 'url'], false)}
          <button type="button" class="small" @click=${() => c.set([...at, 'population'], undefined)}>
            ${t.removePopulation}
          </button>`,
    )}
    ${localizedField(c, t.role, [...at, 'role'], false)}
    ${localizedField(c, t.description, [...at, 'description'], false)}
    ${localizedField(c, t.note, [...at, 'note'], false)}
    ${sourcesField(c, [...at, 'sources'])}
    ${verifiedField(c, [...at, 'verified'])}
    <button type="button" class="danger" data-delete @click=${onDelete}>${t.deleteCity}</button>
  `;
}
