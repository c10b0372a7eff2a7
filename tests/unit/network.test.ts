import { describe, expect, it } from 'vitest';
import { Network } from '../../src/components/network';
import { formatIssue, validateDataset } from '../../src/data/validate';

/** p —— r established; r ⋯ s proposed; s —— u established: only the proposal joins the two halves. */
function chain() {
  const city = (id: string) => ({ id, kind: 'metropolis', name: id, country: 'FI', coordinates: [25, 60] });
  const link = (id: string, source: string, target: string, status?: 'proposed') => ({
    id,
    source,
    target,
    type: 't',
    description: 'd',
    sources: [{ title: 'S' }],
    ...(status ? { status } : {}),
  });
  const result = validateDataset({
    meta: { title: 'Chain' },
    linkTypes: [{ id: 't', label: 'T' }],
    cities: ['p', 'r', 's', 'u'].map(city),
    links: [link('pr', 'p', 'r'), link('rs', 'r', 's', 'proposed'), link('su', 's', 'u')],
  });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.dataset;
}

describe('Network with and without proposals', () => {
  it('measures and finds paths over established partnerships only, by default', () => {
    const network = new Network();
    network.set(chain());
    expect(network.includeProposed).toBe(false);
    expect(network.measures?.get('r')?.degree).toBe(1);
    network.findPath('p,u');
    expect(network.path?.cities).toBeNull();
  });

  it('counts proposals once asked, and forgets the measures worked out without them', () => {
    const network = new Network();
    network.set(chain());
    expect(network.measures?.get('r')?.degree).toBe(1);
    expect(network.ranks?.get('degree')?.get('r')).toBe(1);
    network.setIncludeProposed(true);
    expect(network.measures?.get('r')?.degree).toBe(2);
    expect(network.measures?.get('r')?.betweenness).toBeCloseTo(2 / 3, 12);
    network.findPath('p,u');
    expect(network.path?.cities).toEqual(['p', 'r', 's', 'u']);
    expect(network.path?.links).toEqual(['pr', 'rs', 'su']);

    network.setIncludeProposed(false);
    expect(network.measures?.get('r')?.degree).toBe(1);
    network.findPath('p,u');
    expect(network.path?.cities).toBeNull();
  });

  it('keeps the choice for the next dataset', () => {
    const network = new Network();
    network.setIncludeProposed(true);
    network.set(chain());
    expect(network.graph.edges.map((e) => e.id)).toEqual(['pr', 'rs', 'su']);
  });
});
