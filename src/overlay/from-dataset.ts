import { fanPositions } from '../data/graph';
import type { Dataset } from '../data/schema';
import { localize } from '../data/text';
import { islandRadius } from '../geo/island';
import type { OverlayModel } from './model';

export interface ModelOptions {
  lang: string;
  /** Words for the accessible names, in the interface language. */
  words: { population: string; offMap: string; links: string };
}

/** Localises and sizes the dataset for the overlay: islands by population (area ∝ people). */
export function overlayModel(dataset: Dataset, options: ModelOptions): OverlayModel {
  const { lang, words } = options;
  const populations = dataset.cities
    .filter((c) => c.kind === 'metropolis' && c.population)
    .map((c) => c.population?.value ?? 0);
  const domain: [number, number] = [Math.min(...populations, 1), Math.max(...populations, 1)];
  const linkCount = new Map<string, number>();
  for (const l of dataset.links) {
    linkCount.set(l.source, (linkCount.get(l.source) ?? 0) + 1);
    linkCount.set(l.target, (linkCount.get(l.target) ?? 0) + 1);
  }
  const fan = fanPositions(dataset.links);
  const format = new Intl.NumberFormat(lang);
  const typeLabel = new Map(dataset.linkTypes.map((t) => [t.id, localize(t.label, lang)]));
  const cityName = new Map(dataset.cities.map((c) => [c.id, localize(c.name, lang)]));

  return {
    cities: dataset.cities.map((c) => {
      const name = localize(c.name, lang);
      const pop = c.population?.value;
      const details = [
        c.kind === 'external' ? words.offMap : null,
        pop ? `${words.population} ${format.format(pop)}` : null,
        `${linkCount.get(c.id) ?? 0} ${words.links}`,
      ].filter(Boolean);
      return {
        id: c.id,
        name,
        label: `${name} (${details.join(', ')})`,
        kind: c.kind,
        lngLat: c.coordinates,
        radius: c.kind === 'external' ? 12 : islandRadius(pop ?? domain[0], domain),
        priority: pop ?? 0,
      };
    }),
    links: dataset.links.map((l) => ({
      id: l.id,
      source: l.source,
      target: l.target,
      type: l.type,
      label: `${typeLabel.get(l.type) ?? l.type}: ${cityName.get(l.source) ?? l.source} – ${cityName.get(l.target) ?? l.target}`,
      index: fan.get(l.id)?.index ?? 0,
      count: fan.get(l.id)?.count ?? 1,
    })),
    groups: dataset.groups.map((g) => ({
      id: g.id,
      name: localize(g.name, lang),
      type: g.type,
      members: g.members,
    })),
  };
}
