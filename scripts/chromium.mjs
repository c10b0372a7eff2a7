#!/usr/bin/env node
// Finds the system Chromium the browser tests drive (playwright-core never downloads one here).
// As a command it makes sure one is there (and ffmpeg, for the film test): installs Debian's `chromium`
// (and `ffmpeg`) when run as root with apt-get,
// otherwise stops with one line saying how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags checked on this stack: software WebGL for MapLibre, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function ensure() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
    console.log('Chromium not found: installing the Debian package "chromium" (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'No Chromium for the browser tests: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

/** The film test reads its files back with Debian's ffprobe and ffmpeg (package `ffmpeg`). */
function ensureFfmpeg() {
  if (existsSync('/usr/bin/ffprobe') && existsSync('/usr/bin/ffmpeg')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('ffprobe not found: installing the Debian package "ffmpeg" (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/ffprobe')) return;
  }
  console.error('No ffprobe for the film test: install it (Debian/Ubuntu: sudo apt-get install ffmpeg).');
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Chromium: ${ensure()}`);
  ensureFfmpeg();
}
