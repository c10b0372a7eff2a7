/**
 * Pure: turns a basemap topology (output of `scripts/build-basemap.ts`) into the GeoJSON the
 * style's sources hold. No DOM, no MapLibre.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CLIP_BBOX, type LngLatBBox } from './region';

/** Properties of a country polygon: ISO 3166-1 numeric id (when it has one) and English name. */
export interface LandProperties {
  iso: string | null;
  name: string;
}

export type BasemapTopo = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface BasemapLayers {
  /** One feature per country (feature `id` = ISO numeric string, as in world-atlas). */
  land: FeatureCollection<Polygon | MultiPolygon, LandProperties>;
  /** Land borders between two countries (arcs shared by two different countries). */
  borders: FeatureCollection<MultiLineString>;
  /** Coastlines (arcs used by one country only), minus the straight clip edges of the region box. */
  coast: FeatureCollection<MultiLineString>;
}

const EDGE_EPSILON = 1e-7;

/**
 * Splits lines wherever a segment runs along an edge of `bbox` (where the data was clipped), so
 * the coastline layer never draws the artificial box edge.
 */
export function dropClipEdges(lines: Position[][], bbox: LngLatBBox): Position[][] {
  const [west, south, east, north] = bbox;
  const onSameEdge = (a: Position, b: Position) =>
    (Math.abs(a[0]! - west) < EDGE_EPSILON && Math.abs(b[0]! - west) < EDGE_EPSILON) ||
    (Math.abs(a[0]! - east) < EDGE_EPSILON && Math.abs(b[0]! - east) < EDGE_EPSILON) ||
    (Math.abs(a[1]! - south) < EDGE_EPSILON && Math.abs(b[1]! - south) < EDGE_EPSILON) ||
    (Math.abs(a[1]! - north) < EDGE_EPSILON && Math.abs(b[1]! - north) < EDGE_EPSILON);
  const out: Position[][] = [];
  for (const line of lines) {
    let current: Position[] = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i]!;
      const prev = line[i - 1];
      if (prev && onSameEdge(prev, p)) {
        if (current.length >= 2) out.push(current);
        current = [p];
      } else {
        current.push(p);
      }
    }
    if (current.length >= 2) out.push(current);
  }
  return out;
}

/**
 * Land, borders and coastline of a basemap topology.
 * @param bbox the box the topology was clipped to (its straight edges are not coastline)
 */
export function basemapLayers(topo: BasemapTopo, bbox: LngLatBBox = CLIP_BBOX): BasemapLayers {
  const countries = topo.objects.countries;
  if (!countries) throw new Error('basemap topology: objects.countries is missing');
  const collection = feature(topo, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const land: BasemapLayers['land'] = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const out: Feature<Polygon | MultiPolygon, LandProperties> = {
        type: 'Feature',
        properties: { iso: f.id == null ? null : String(f.id), name: f.properties?.name ?? '' },
        geometry: f.geometry,
      };
      if (f.id != null) out.id = String(f.id);
      return out;
    }),
  };
  const borders = mesh(topo, countries, (a, b) => a !== b);
  const coast = mesh(topo, countries, (a, b) => a === b);
  return {
    land,
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: borders }],
    },
    coast: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiLineString', coordinates: dropClipEdges(coast.coordinates, bbox) },
        },
      ],
    },
  };
}
