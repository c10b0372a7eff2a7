import { fanPositions } from '../data/graph';
import type { Dataset } from '../data/schema';
import { isProposed } from '../data/sources';
import { localize } from '../data/text';
import { islandRadius } from '../geo/island';
import type { OverlayModel } from './model';

export interface ModelOptions {
  lang: string;
  /** Words for the accessible names, in the interface language. */
  words: { population: string; offMap: string; links: string; proposed: string };
}

/** Localises and sizes the dataset for the overlay: islands by population (area ∝ people). */
export function overlayModel(dataset: Dataset, options: ModelOptions): OverlayModel {
  const { lang, words } = options;
  const populations = dataset.cities
    .filter((c) => c.kind === 'metropolis' && c.population)
    .map((c) => c.population?.value ?? 0);
  const domain: [number, number] = [Math.min(...populations, 1), Math.max(...populations, 1)];
  const linkCount = new Map<string, number>();
  const proposedCount = new Map<string, number>();
  for (const l of dataset.links) {
    const counts = isProposed(l) ? [linkCount, proposedCount] : [linkCount];
    for (const count of counts) {
      count.set(l.source, (count.get(l.source) ?? 0) + 1);
      count.set(l.target, (count.get(l.target) ?? 0) + 1);
    }
  }
  const fan = fanPositions(dataset.links);
  const format = new Intl.NumberFormat(lang);
  const typeLabel = new Map(dataset.linkTypes.map((t) => [t.id, localize(t.label, lang)]));
  const typeColor = new Map(dataset.linkTypes.map((t) => [t.id, t.color]));
  const cityName = new Map(dataset.cities.map((c) => [c.id, localize(c.name, lang)]));

  return {
    cities: dataset.cities.map((c) => {
      const name = localize(c.name, lang);
      const pop = c.population?.value;
      const proposed = proposedCount.get(c.id) ?? 0;
      const details = [
        c.kind === 'external' ? words.offMap : null,
        pop ? `${words.population} ${format.format(pop)}` : null,
        `${linkCount.get(c.id) ?? 0} ${words.links}`,
        // Screen readers hear what the hollow lines tell: how many of these partnerships are proposals.
        proposed > 0 ? `${proposed} ${words.proposed}` : null,
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
      color: typeColor.get(l.type),
      proposed: isProposed(l),
      label: `${typeLabel.get(l.type) ?? l.type}${isProposed(l) ? ` (${words.proposed})` : ''}: ${cityName.get(l.source) ?? l.source} – ${cityName.get(l.target) ?? l.target}`,
      index: fan.get(l.id)?.index ?? 0,
      count: fan.get(l.id)?.count ?? 1,
    })),
    groups: dataset.groups.map((g) => ({
      id: g.id,
      name: localize(g.name, lang),
      type: g.type,
      members: g.members,
      proposed: isProposed(g),
    })),
  };
}

export type IslandMetric = 'population' | 'degree' | 'betweenness';

/**
 * Island radius per metropolis for "size islands by": population, or a network measure. Cities with no
 * value get the smallest island; a measure that is the same everywhere gives every island the middle size.
 */
export function islandRadii(
  dataset: Dataset,
  metric: IslandMetric,
  measures: ReadonlyMap<string, { degree: number; betweenness: number }> | null,
): Map<string, number> {
  const value = (id: string, population: number | undefined): number => {
    if (metric === 'population') return population ?? 0;
    return measures?.get(id)?.[metric] ?? 0;
  };
  const metropolises = dataset.cities.filter((c) => c.kind === 'metropolis');
  const values = metropolises.map((c) => value(c.id, c.population?.value));
  const positive = values.filter((v) => v > 0);
  const domain: [number, number] =
    metric === 'population'
      ? [Math.min(...positive, 1), Math.max(...positive, 1)]
      : [0, Math.max(...values, 0)];
  return new Map(metropolises.map((c, i) => [c.id, islandRadius(values[i] ?? 0, domain)]));
}
