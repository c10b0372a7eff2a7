import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CityMetrics,
  groupEdgeId,
  isGroupEdgeId,
  type NetworkGraph,
  networkGraph,
  networkMetrics,
  pathEdges,
  rankBy,
  shortestPath,
} from '../../src/data/metrics';
import type { Dataset } from '../../src/data/schema';
import { formatIssue, validateDataset } from '../../src/data/validate';

// ---------------------------------------------------------------------------------------------------
// Helpers

/** A graph from `a-b` pairs; edge ids `e0`, `e1`, … in the order given unless written `id:a-b`. */
function graph(nodes: string[], pairs: string[]): NetworkGraph {
  return {
    nodes,
    edges: pairs.map((p, i) => {
      const [id, pair] = p.includes(':') ? (p.split(':') as [string, string]) : [`e${i}`, p];
      const [source, target] = pair.split('-') as [string, string];
      return { id, source, target, weight: 1 };
    }),
  };
}

/** Compares every measure of every node to 12 decimals. */
function expectMetrics(actual: Map<string, CityMetrics>, expected: Record<string, CityMetrics>) {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [id, want] of Object.entries(expected)) {
    const got = actual.get(id)!;
    for (const key of Object.keys(want) as (keyof CityMetrics)[]) {
      expect(got[key], `${id}.${key}`).toBeCloseTo(want[key], 12);
    }
  }
}

const m = (
  degree: number,
  weightedDegree: number,
  betweenness: number,
  closeness: number,
  clustering: number,
): CityMetrics => ({ degree, weightedDegree, betweenness, closeness, clustering });

// ---------------------------------------------------------------------------------------------------
// Small graphs, worked out by hand

describe('networkMetrics on small graphs', () => {
  it('path a–b–c–d', () => {
    // n = 4: betweenness is over (n-1)(n-2)/2 = 3·2/2 = 3 pairs; closeness uses n-1 = 3.
    // betweenness: b lies on a–c and a–d → 2/3; c lies on b–d and a–d → 2/3; the ends on none.
    // closeness: a reaches r = 3 at 1+2+3 = 6 → (3/3)·(3/6) = 1/2; b: 1+1+2 = 4 → (3/3)·(3/4) = 3/4.
    // clustering: b's neighbours a, c are not linked → 0; a and d have degree 1 → 0.
    expectMetrics(networkMetrics(graph(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d'])), {
      a: m(1, 1, 0, 1 / 2, 0),
      b: m(2, 2, 2 / 3, 3 / 4, 0),
      c: m(2, 2, 2 / 3, 3 / 4, 0),
      d: m(1, 1, 0, 1 / 2, 0),
    });
  });

  it('star: a centre and 4 leaves', () => {
    // n = 5: 4·3/2 = 6 pairs. Every one of the C(4,2) = 6 leaf pairs goes through the centre → 6/6 = 1.
    // closeness: centre 4 nodes at distance 1 → (4/4)·(4/4) = 1; a leaf: 1 + 2+2+2 = 7 → (4/4)·(4/7).
    // clustering: no two leaves are linked → 0 for the centre (degree 4), 0 for the leaves (degree 1).
    const star = graph(['x', 'l1', 'l2', 'l3', 'l4'], ['x-l1', 'l2-x', 'x-l3', 'x-l4']);
    const leaf = m(1, 1, 0, 4 / 7, 0);
    expectMetrics(networkMetrics(star), { x: m(4, 4, 1, 1, 0), l1: leaf, l2: leaf, l3: leaf, l4: leaf });
  });

  it('triangle with a tail: a–b, b–c, c–a, c–d', () => {
    // n = 4: 3 pairs. c lies on a–d and b–d → 2/3; a–b, a–c, b–c are direct → 0 for a, b, d.
    // closeness: a: b 1, c 1, d 2 → sum 4 → (3/3)·(3/4) = 3/4 (b the same); c: 1+1+1 = 3 → 1;
    //            d: c 1, a 2, b 2 → sum 5 → 3/5.
    // clustering: a's neighbours b, c are linked → 1/1 = 1 (b the same); c's neighbours a, b, d have one
    //             link (a–b) of 3·2/2 = 3 possible → 1/3; d has degree 1 → 0.
    expectMetrics(networkMetrics(graph(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-a', 'c-d'])), {
      a: m(2, 2, 0, 3 / 4, 1),
      b: m(2, 2, 0, 3 / 4, 1),
      c: m(3, 3, 2 / 3, 1, 1 / 3),
      d: m(1, 1, 0, 3 / 5, 0),
    });
  });

  it('a disconnected pair plus an isolated node', () => {
    // n = 3: 2·1/2 = 1 pair per node; no path has an intermediate node → betweenness 0.
    // closeness: a reaches r = 1 node at distance 1 → (1/2)·(1/1) = 1/2 (b the same); c reaches none → 0.
    expectMetrics(networkMetrics(graph(['a', 'b', 'c'], ['a-b'])), {
      a: m(1, 1, 0, 1 / 2, 0),
      b: m(1, 1, 0, 1 / 2, 0),
      c: m(0, 0, 0, 0, 0),
    });
  });

  it('parallel edges count in weightedDegree, not in degree nor in paths', () => {
    // Two links a–b and one b–c. degree: a 1 (b), b 2 (a, c), c 1. weightedDegree: a 1+1 = 2,
    // b 1+1+1 = 3, c 1. n = 3: 1 pair; b lies on a–c once (parallel links are one path) → 1/1 = 1.
    // closeness: a: b 1, c 2 → (2/2)·(2/3) = 2/3; b: 1+1 → 1.
    const g = graph(['a', 'b', 'c'], ['l2:a-b', 'l1:b-a', 'l3:b-c']);
    expectMetrics(networkMetrics(g), {
      a: m(1, 2, 0, 2 / 3, 0),
      b: m(2, 3, 1, 1, 0),
      c: m(1, 1, 0, 2 / 3, 0),
    });
  });

  it('a square a–b–d, a–c–d splits betweenness between the two routes', () => {
    // n = 4: 3 pairs. a–d has 2 shortest paths (via b, via c): b and c get 1/2 each; b–c likewise
    // gives a and d 1/2 each → 0.5/3 = 1/6 for everyone. closeness: 1+1+2 = 4 → 3/4. clustering 0.
    const square = graph(['a', 'b', 'c', 'd'], ['a-c', 'c-d', 'a-b', 'b-d']);
    const each = m(2, 2, 1 / 6, 3 / 4, 0);
    expectMetrics(networkMetrics(square), { a: each, b: each, c: each, d: each });
  });

  it('handles one node, no nodes, weighted edges, self-loops and edges to unknown nodes', () => {
    // n = 1 and n = 2 have no betweenness (n < 3); the self-loop and the edge to "ghost" are ignored.
    expectMetrics(networkMetrics(graph(['a'], ['a-a'])), { a: m(0, 0, 0, 0, 0) });
    expect(networkMetrics({ nodes: [], edges: [] }).size).toBe(0);
    const g: NetworkGraph = {
      nodes: ['a', 'b'],
      edges: [
        { id: 'x', source: 'a', target: 'b', weight: 2.5 },
        { id: 'y', source: 'b', target: 'ghost', weight: 1 },
      ],
    };
    // a: degree 1, weightedDegree 2.5, closeness (1/1)·(1/1) = 1.
    expectMetrics(networkMetrics(g), { a: m(1, 2.5, 0, 1, 0), b: m(1, 2.5, 0, 1, 0) });
  });
});

// ---------------------------------------------------------------------------------------------------
// Paths

describe('shortestPath', () => {
  const square = graph(['a', 'b', 'c', 'd'], ['c-d', 'a-c', 'b-d', 'a-b']);

  it('breaks ties between equal-length paths by id', () => {
    // a–b–d and a–c–d both take 2 hops; [a, b, d] < [a, c, d] since b < c.
    expect(shortestPath(square, 'a', 'd')).toEqual(['a', 'b', 'd']);
    expect(shortestPath(square, 'd', 'a')).toEqual(['d', 'b', 'a']);
    // b–a–c and b–d–c: a < d.
    expect(shortestPath(square, 'b', 'c')).toEqual(['b', 'a', 'c']);
  });

  it('prefers fewer hops over smaller ids', () => {
    // a–b–c–z (3 hops, small ids) against a–y–z (2 hops).
    const g = graph(['a', 'b', 'c', 'y', 'z'], ['a-b', 'b-c', 'c-z', 'a-y', 'y-z']);
    expect(shortestPath(g, 'a', 'z')).toEqual(['a', 'y', 'z']);
  });

  it('returns null without a path, [from] for the same node, null for unknown ids', () => {
    const g = graph(['a', 'b', 'c'], ['a-b']);
    expect(shortestPath(g, 'a', 'c')).toBeNull();
    expect(shortestPath(g, 'c', 'a')).toBeNull();
    expect(shortestPath(g, 'c', 'c')).toEqual(['c']);
    expect(shortestPath(g, 'a', 'a')).toEqual(['a']);
    expect(shortestPath(g, 'a', 'nowhere')).toBeNull();
    expect(shortestPath(g, 'nowhere', 'a')).toBeNull();
    expect(shortestPath(g, 'nowhere', 'nowhere')).toBeNull();
  });
});

describe('pathEdges', () => {
  it('uses the smallest id among parallel links', () => {
    const g = graph(['a', 'b', 'c'], ['l2:a-b', 'l1:b-a', 'l3:b-c']);
    expect(pathEdges(g, ['a', 'b', 'c'])).toEqual(['l1', 'l3']);
    expect(pathEdges(g, ['c', 'b', 'a'])).toEqual(['l3', 'l1']);
    expect(pathEdges(g, ['a'])).toEqual([]);
    expect(pathEdges(g, [])).toEqual([]);
  });

  it('prefers a real link over a group edge, whatever the ids', () => {
    const g: NetworkGraph = {
      nodes: ['a', 'b', 'c'],
      edges: [
        { id: groupEdgeId('g', 'b', 'a'), source: 'a', target: 'b', weight: 1 },
        { id: 'zz', source: 'b', target: 'a', weight: 1 },
        { id: groupEdgeId('h', 'b', 'c'), source: 'b', target: 'c', weight: 1 },
        { id: groupEdgeId('g', 'b', 'c'), source: 'b', target: 'c', weight: 1 },
      ],
    };
    // "group:g:a|b" < "zz" as strings, but zz is a link; b–c has only group edges: the smaller id.
    expect(pathEdges(g, ['a', 'b', 'c'])).toEqual(['zz', 'group:g:b|c']);
  });

  it('throws for a hop without an edge', () => {
    expect(() => pathEdges(graph(['a', 'b', 'c'], ['a-b']), ['a', 'c'])).toThrow(/a and c/);
  });
});

describe('rankBy', () => {
  const metrics = (values: Record<string, number>) =>
    new Map(Object.entries(values).map(([id, degree]) => [id, m(degree, 0, 0, 0, 0)]));

  it('ranks 1 = highest, ties share a rank and the next rank skips (1224)', () => {
    // b 5, e 5 → 1, 1; a 3, c 3 → 3, 3; d 1 → 5.
    const ranks = rankBy(metrics({ a: 3, b: 5, c: 3, d: 1, e: 5 }), 'degree');
    expect([...ranks]).toEqual([
      ['b', 1],
      ['e', 1],
      ['a', 3],
      ['c', 3],
      ['d', 5],
    ]);
  });

  it('treats floating-point noise as a tie', () => {
    // 0.1 + 0.2 = 0.30000000000000004 ≠ 0.3, but the two are the same value for a ranking.
    const ranks = rankBy(metrics({ x: 0.1 + 0.2, y: 0.3, z: 0.2 }), 'degree');
    expect(Object.fromEntries(ranks)).toEqual({ x: 1, y: 1, z: 3 });
  });

  it('ranks the path a–b–c–d by betweenness: b, c first; a, d third', () => {
    const ranks = rankBy(networkMetrics(graph(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d'])), 'betweenness');
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, c: 1, a: 3, d: 3 });
  });

  it('is empty for no cities', () => {
    expect(rankBy(new Map(), 'closeness').size).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// networkGraph on a small dataset

function fixture(): Dataset {
  const city = (id: string, kind: 'metropolis' | 'external') => ({
    id,
    kind,
    name: id.toUpperCase(),
    country: 'FI',
    coordinates: [25, 60],
  });
  const link = (id: string, source: string, target: string) => ({
    id,
    source,
    target,
    type: 't',
    description: 'd',
    sources: [],
  });
  const result = validateDataset({
    meta: { title: 'Fixture' },
    linkTypes: [{ id: 't', label: 'T' }],
    cities: [
      city('c', 'metropolis'),
      city('a', 'metropolis'),
      city('x', 'external'),
      city('b', 'metropolis'),
    ],
    links: [link('zz', 'b', 'a'), link('ab', 'a', 'b'), link('ax', 'a', 'x')],
    groups: [{ id: 'g', name: 'G', members: ['x', 'c', 'b', 'a'], type: 't', description: 'd', sources: [] }],
  });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.dataset;
}

describe('networkGraph', () => {
  it('by default: metropolises sorted by id, their links, and groups as cliques without externals', () => {
    const g = networkGraph(fixture());
    expect(g.nodes).toEqual(['a', 'b', 'c']);
    expect(g.edges.map((e) => e.id)).toEqual(['zz', 'ab', 'group:g:a|b', 'group:g:a|c', 'group:g:b|c']);
    expect(g.edges.every((e) => e.weight === 1)).toBe(true);
    expect(g.edges.find((e) => e.id === 'group:g:a|c')).toMatchObject({ source: 'a', target: 'c' });
    expect(isGroupEdgeId('group:g:a|c')).toBe(true);
    expect(isGroupEdgeId('ab')).toBe(false);
    // a: links zz, ab + group edges a|b, a|c → weighted 4, degree 2 (b, c).
    expect(networkMetrics(g).get('a')).toMatchObject({ degree: 2, weightedDegree: 4 });
    expect(pathEdges(g, ['c', 'a', 'b'])).toEqual(['group:g:a|c', 'ab']);
  });

  it('includeExternal adds the external partners, their links and their group pairs', () => {
    const g = networkGraph(fixture(), { includeExternal: true });
    expect(g.nodes).toEqual(['a', 'b', 'c', 'x']);
    // 3 links + C(4,2) = 6 group pairs.
    expect(g.edges).toHaveLength(9);
    expect(g.edges.map((e) => e.id)).toContain('ax');
    expect(g.edges.map((e) => e.id)).toContain('group:g:c|x');
  });

  it('leaves proposed links and groups out unless includeProposed', () => {
    const base = fixture();
    // A proposed link c–b and a proposed group {a, c, x}.
    const data: Dataset = {
      ...base,
      links: [
        ...base.links,
        { id: 'cb', source: 'c', target: 'b', type: 't', description: 'd', sources: [], status: 'proposed' },
      ],
      groups: [
        ...base.groups,
        {
          id: 'p',
          name: 'P',
          members: ['a', 'c', 'x'],
          type: 't',
          description: 'd',
          sources: [],
          status: 'proposed',
        },
      ],
    };
    const established = networkGraph(data);
    expect(established.edges.map((e) => e.id)).toEqual(networkGraph(base).edges.map((e) => e.id));
    const withProposals = networkGraph(data, { includeProposed: true });
    expect(withProposals.edges.map((e) => e.id)).toEqual([
      'zz',
      'ab',
      'cb',
      'group:g:a|b',
      'group:g:a|c',
      'group:g:b|c',
      'group:p:a|c',
    ]);
    // A status: "established" counts like no status.
    const explicit: Dataset = {
      ...base,
      links: base.links.map((l) => ({ ...l, status: 'established' as const })),
    };
    expect(networkGraph(explicit)).toEqual(networkGraph(base));
  });

  it('measures and paths change with includeProposed on a chain joined only by a proposal', () => {
    // p —q— r established; r ⋯ s proposed; s —t— u established.
    const city = (id: string) => ({ id, kind: 'metropolis', name: id, country: 'FI', coordinates: [25, 60] });
    const link = (id: string, source: string, target: string, status?: 'proposed') => ({
      id,
      source,
      target,
      type: 't',
      description: 'd',
      sources: [],
      ...(status ? { status } : {}),
    });
    const result = validateDataset({
      meta: { title: 'Chain' },
      linkTypes: [{ id: 't', label: 'T' }],
      cities: ['p', 'r', 's', 'u'].map(city),
      links: [link('pr', 'p', 'r'), link('rs', 'r', 's', 'proposed'), link('su', 's', 'u')],
    });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const data = result.dataset;

    const established = networkGraph(data);
    expect(shortestPath(established, 'p', 'u')).toBeNull();
    const a = networkMetrics(established);
    expect(a.get('r')).toMatchObject({ degree: 1, betweenness: 0 });
    expect(a.get('p')?.closeness).toBeCloseTo((1 / 3) * (1 / 1), 12);

    const all = networkGraph(data, { includeProposed: true });
    expect(shortestPath(all, 'p', 'u')).toEqual(['p', 'r', 's', 'u']);
    expect(pathEdges(all, ['p', 'r', 's', 'u'])).toEqual(['pr', 'rs', 'su']);
    const b = networkMetrics(all);
    // A path of 4: r lies on p–s and p–u → 2 of the (3·2)/2 = 3 pairs without r.
    expect(b.get('r')).toMatchObject({ degree: 2 });
    expect(b.get('r')?.betweenness).toBeCloseTo(2 / 3, 12);
    expect(b.get('p')?.closeness).toBeCloseTo(3 / 6, 12);
  });

  it('groupsAsCliques: false keeps only the links', () => {
    const g = networkGraph(fixture(), { groupsAsCliques: false });
    expect(g.edges.map((e) => e.id)).toEqual(['zz', 'ab']);
    expect(shortestPath(g, 'a', 'c')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// The shipped dataset

const shipped = (() => {
  const raw = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
  const result = validateDataset(raw);
  if (!result.ok)
    throw new Error(`the shipped dataset is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.dataset;
})();

describe('the shipped dataset', () => {
  // Externals excluded, groups as cliques. Links among metropolises: helsinki–berlin,
  // helsinki–stockholm, helsinki–tallinn, helsinki–st-petersburg (twice: agreement and InnoReg),
  // copenhagen–malmo, berlin–warsaw. Groups: gulf-of-finland-triangle {helsinki, tallinn,
  // st-petersburg}, baltic-palette {stockholm, helsinki, tallinn, riga, st-petersburg} (a 5-clique,
  // K below), baltmet-invest {riga, tallinn, vilnius}. Oslo has no link to another metropolis.
  //
  // Components: {warsaw–berlin–helsinki–K, vilnius–{tallinn, riga}} (8 nodes), {copenhagen, malmo},
  // {oslo}. n = 11 → betweenness over (n-1)(n-2)/2 = 10·9/2 = 45 pairs, closeness over n-1 = 10.
  //
  // degree: helsinki {berlin, stockholm, tallinn, st-petersburg, riga} 5; tallinn {helsinki,
  //   st-petersburg, stockholm, riga, vilnius} 5; riga {stockholm, helsinki, tallinn, st-petersburg,
  //   vilnius} 5; stockholm 4; st-petersburg 4; berlin {helsinki, warsaw} 2; vilnius {riga, tallinn} 2;
  //   copenhagen, malmo, warsaw 1; oslo 0.
  // weightedDegree: helsinki 4 links + 1 more to st-petersburg + gulf 2 + palette 4 = 11;
  //   tallinn 1 link + gulf 2 + palette 4 + invest 2 = 9; st-petersburg 2 links + gulf 2 + palette 4 = 8;
  //   riga palette 4 + invest 2 = 6; stockholm 1 link + palette 4 = 5; vilnius invest 2; berlin 2 links.
  // betweenness (pairs): helsinki is on every path from {berlin, warsaw} to {stockholm, tallinn, riga,
  //   st-petersburg, vilnius}: 2·5 = 10 → 10/45; berlin is on every path from warsaw to the 6 others of
  //   the component → 6/45; vilnius reaches {helsinki, stockholm, st-petersburg, berlin, warsaw} by two
  //   equal routes (via tallinn or riga): tallinn and riga get 5·1/2 = 2.5 → 2.5/45; others 0.
  // closeness (r = 7 in the big component, factor r/(n-1) = 7/10; then r/Σd):
  //   helsinki: berlin 1, warsaw 2, stockholm 1, tallinn 1, riga 1, st-petersburg 1, vilnius 2 = 9 → 49/90
  //   tallinn (riga alike): helsinki 1, stockholm 1, riga 1, st-petersburg 1, vilnius 1, berlin 2,
  //     warsaw 3 = 10 → 49/100
  //   stockholm (st-petersburg alike): 4·1 + vilnius 2 + berlin 2 + warsaw 3 = 11 → 49/110
  //   berlin: helsinki 1, warsaw 1, K minus helsinki 4·2, vilnius 3 = 13 → 49/130
  //   vilnius: tallinn 1, riga 1, helsinki 2, stockholm 2, st-petersburg 2, berlin 3, warsaw 4 = 15 → 49/150
  //   warsaw: berlin 1, helsinki 2, 4·3, vilnius 4 = 19 → 49/190
  //   copenhagen, malmo: r = 1, Σd = 1 → (1/10)·(1/1) = 1/10; oslo: r = 0 → 0.
  // clustering: helsinki: of C(5,2) = 10 pairs of neighbours, the 4 in K are all linked (6), berlin to
  //   none → 6/10; tallinn: 6 among {helsinki, stockholm, riga, st-petersburg} + riga–vilnius = 7/10
  //   (riga alike, with tallinn–vilnius); stockholm, st-petersburg: neighbours all in K → 6/6 = 1;
  //   vilnius: riga–tallinn linked → 1/1 = 1; berlin: helsinki–warsaw not linked → 0; degree < 2 → 0.
  const expected: Record<string, CityMetrics> = {
    berlin: m(2, 2, 6 / 45, 49 / 130, 0),
    copenhagen: m(1, 1, 0, 1 / 10, 0),
    helsinki: m(5, 11, 10 / 45, 49 / 90, 6 / 10),
    malmo: m(1, 1, 0, 1 / 10, 0),
    oslo: m(0, 0, 0, 0, 0),
    riga: m(5, 6, 2.5 / 45, 49 / 100, 7 / 10),
    'st-petersburg': m(4, 8, 0, 49 / 110, 1),
    stockholm: m(4, 5, 0, 49 / 110, 1),
    tallinn: m(5, 9, 2.5 / 45, 49 / 100, 7 / 10),
    vilnius: m(2, 2, 0, 49 / 150, 1),
    warsaw: m(1, 1, 0, 49 / 190, 0),
  };
  const g = networkGraph(shipped);
  const metrics = networkMetrics(g);

  it('has the 11 metropolises as nodes, sorted, and no external partner', () => {
    expect(g.nodes).toEqual(Object.keys(expected));
    expect(g.edges.some((e) => e.source === 'brussels' || e.target === 'china')).toBe(false);
  });

  it('matches the values worked out by hand', () => {
    expectMetrics(metrics, expected);
  });

  it('puts Helsinki first by degree (tied with Riga and Tallinn), weighted degree and betweenness', () => {
    // Not a strict "highest degree": Riga and Tallinn also have 5 distinct partners (via the groups).
    const degree = rankBy(metrics, 'degree');
    expect([...degree].filter(([, r]) => r === 1).map(([id]) => id)).toEqual(['helsinki', 'riga', 'tallinn']);
    expect(rankBy(metrics, 'weightedDegree').get('helsinki')).toBe(1);
    const betweenness = rankBy(metrics, 'betweenness');
    expect([...betweenness].slice(0, 4)).toEqual([
      ['helsinki', 1],
      ['berlin', 2],
      ['riga', 3],
      ['tallinn', 3],
    ]);
    expect(rankBy(metrics, 'closeness').get('helsinki')).toBe(1);
  });

  it('leaves Oslo without partners among the metropolises', () => {
    expect(metrics.get('oslo')).toEqual(m(0, 0, 0, 0, 0));
    for (const other of g.nodes) {
      if (other !== 'oslo') expect(shortestPath(g, 'oslo', other), other).toBeNull();
    }
  });

  it('goes from Berlin to Tallinn through Helsinki', () => {
    const path = shortestPath(g, 'berlin', 'tallinn');
    expect(path).toEqual(['berlin', 'helsinki', 'tallinn']);
    expect(pathEdges(g, path!)).toEqual(['helsinki-berlin-strategic', 'helsinki-tallinn-euregio']);
    // warsaw → vilnius: 4 hops; at helsinki, riga < tallinn.
    expect(shortestPath(g, 'warsaw', 'vilnius')).toEqual(['warsaw', 'berlin', 'helsinki', 'riga', 'vilnius']);
    // helsinki–st-petersburg: two links, the smaller id, never the group edges.
    expect(pathEdges(g, ['helsinki', 'st-petersburg'])).toEqual(['helsinki-st-petersburg-agreement']);
    // riga–vilnius: only the baltmet-invest group joins them.
    expect(pathEdges(g, ['riga', 'vilnius'])).toEqual(['group:baltmet-invest:riga|vilnius']);
  });

  it('with the external partners, only established ties count: China has the Berlin–Beijing twinning', () => {
    const established = networkGraph(shipped, { includeExternal: true });
    expect(established.nodes).toHaveLength(13);
    const measures = networkMetrics(established);
    expect(measures.get('brussels')?.degree).toBe(0);
    expect(measures.get('china')?.degree).toBe(1);
    expect(shortestPath(established, 'oslo', 'berlin')).toBeNull();
    expect(shortestPath(established, 'china', 'warsaw')).toEqual(['china', 'berlin', 'warsaw']);
  });

  it('with the external partners and the proposals, Brussels and China are linked to all 11 metropolises', () => {
    const all = networkGraph(shipped, { includeExternal: true, includeProposed: true });
    expect(all.nodes).toHaveLength(13);
    const withExternal = networkMetrics(all);
    expect(withExternal.get('brussels')?.degree).toBe(11);
    expect(withExternal.get('china')?.degree).toBe(11);
    // Oslo is now reachable, through the smaller of the two hubs' ids.
    expect(shortestPath(all, 'oslo', 'berlin')).toEqual(['oslo', 'brussels', 'berlin']);
    expect(rankBy(withExternal, 'betweenness').get('brussels')).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties, against brute force on small random graphs

/** Ids whose order differs from their index, so that tie-breaking by id is really tested. */
const IDS = ['m', 'c', 'x', 'a', 'k', 'b', 'z', 'e'];

const randomGraph = fc.integer({ min: 1, max: IDS.length }).chain((n) =>
  fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 16 }).map((pairs): NetworkGraph => {
    const nodes = IDS.slice(0, n);
    return {
      nodes,
      edges: pairs.map(([s, t], i) => ({ id: `e${i}`, source: nodes[s]!, target: nodes[t]!, weight: 1 })),
    };
  }),
);

/** Neighbour sets, parallel edges collapsed, self-loops dropped. */
function neighbours(g: NetworkGraph): Map<string, Set<string>> {
  const out = new Map(g.nodes.map((id) => [id, new Set<string>()]));
  for (const e of g.edges) {
    if (e.source === e.target) continue;
    out.get(e.source)!.add(e.target);
    out.get(e.target)!.add(e.source);
  }
  return out;
}

/** Every shortest path from s to t, by enumerating all simple paths (fine for ≤ 8 nodes). */
function allShortestPaths(adj: Map<string, Set<string>>, s: string, t: string): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === t) {
      found.push([...path]);
      return;
    }
    for (const next of adj.get(last)!) {
      if (!path.includes(next)) walk([...path, next]);
    }
  };
  walk([s]);
  const shortest = Math.min(...found.map((p) => p.length));
  return found.filter((p) => p.length === shortest);
}

const lexLess = (a: string[], b: string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return a.length < b.length;
};

describe('properties on random graphs', () => {
  it('betweenness, closeness and clustering stay in [0, 1] and match brute force', () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const metrics = networkMetrics(g);
        const adj = neighbours(g);
        const n = g.nodes.length;
        const between = new Map(g.nodes.map((id) => [id, 0]));
        const reach = new Map(g.nodes.map((id) => [id, { r: 0, sum: 0 }]));
        for (const s of g.nodes) {
          for (const t of g.nodes) {
            if (s === t) continue;
            const paths = allShortestPaths(adj, s, t);
            if (paths.length === 0) continue;
            const entry = reach.get(s)!;
            entry.r += 1;
            entry.sum += paths[0]!.length - 1;
            if (s < t) {
              for (const p of paths) {
                for (const v of p.slice(1, -1)) between.set(v, between.get(v)! + 1 / paths.length);
              }
            }
          }
        }
        for (const id of g.nodes) {
          const got = metrics.get(id)!;
          for (const key of ['betweenness', 'closeness', 'clustering'] as const) {
            expect(got[key]).toBeGreaterThanOrEqual(0);
            expect(got[key]).toBeLessThanOrEqual(1);
          }
          expect(got.degree).toBe(adj.get(id)!.size);
          const wantBetween = n < 3 ? 0 : between.get(id)! / (((n - 1) * (n - 2)) / 2);
          expect(got.betweenness).toBeCloseTo(wantBetween, 10);
          const { r, sum } = reach.get(id)!;
          expect(got.closeness).toBeCloseTo(r === 0 ? 0 : (r / (n - 1)) * (r / sum), 10);
          const ns = [...adj.get(id)!];
          let links = 0;
          for (const a of ns) for (const b of ns) if (a < b && adj.get(a)!.has(b)) links++;
          const k = ns.length;
          expect(got.clustering).toBeCloseTo(k < 2 ? 0 : links / ((k * (k - 1)) / 2), 10);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('shortestPath returns a valid path of BFS length, the smallest by id among them', () => {
    fc.assert(
      fc.property(randomGraph, fc.nat(), fc.nat(), (g, i, j) => {
        const from = g.nodes[i % g.nodes.length]!;
        const to = g.nodes[j % g.nodes.length]!;
        const adj = neighbours(g);
        // BFS distance, independently of the module.
        const dist = new Map([[from, 0]]);
        const queue = [from];
        while (queue.length > 0) {
          const v = queue.shift()!;
          for (const w of adj.get(v)!) {
            if (!dist.has(w)) {
              dist.set(w, dist.get(v)! + 1);
              queue.push(w);
            }
          }
        }
        const path = shortestPath(g, from, to);
        if (!dist.has(to)) {
          expect(path).toBeNull();
          return;
        }
        expect(path).not.toBeNull();
        const p = path!;
        expect(p[0]).toBe(from);
        expect(p[p.length - 1]).toBe(to);
        expect(p.length - 1).toBe(dist.get(to));
        for (let k = 0; k + 1 < p.length; k++) expect(adj.get(p[k]!)!.has(p[k + 1]!)).toBe(true);
        for (const other of allShortestPaths(adj, from, to)) expect(lexLess(other, p)).toBe(false);
        expect(pathEdges(g, p)).toHaveLength(p.length - 1);
      }),
      { numRuns: 300 },
    );
  });
});
