/**
 * The scripted camera path of the frame measure, the same for every page: 4.5 s across the Baltic that
 * zooms in 1.5 levels and back out and turns +20° and −20°, in three linear legs (see `probe.js`).
 * The deepest point (zoom 6) lies past the 1:10m switch (5.5), so the detailed coast is drawn as well.
 */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
}

export const START: Camera = { center: [18.5, 57], zoom: 4.5, bearing: 0 };

export const SEGMENTS: (Camera & { duration: number })[] = [
  // North-east to the Gulf of Finland, zooming in and turning right.
  { center: [24.5, 59.2], zoom: 6, bearing: 20, duration: 1500 },
  // South-west across the sea to the Sound, half-way out and turning left.
  { center: [13.5, 55], zoom: 5, bearing: -20, duration: 1500 },
  // Back to the start.
  { ...START, duration: 1500 },
];

export const DEEPEST: Camera = { center: [24.5, 59.2], zoom: 6, bearing: 20 };

export const PATH_MS = SEGMENTS.reduce((sum, s) => sum + s.duration, 0);
