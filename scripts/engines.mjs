#!/usr/bin/env node
// Finds the browsers beside Chromium that the engine tests drive: Debian's Firefox ESR (over WebDriver
// BiDi, with puppeteer-core), WebKitGTK's MiniBrowser with its WebDriver (`WebKitWebDriver`), and Xvfb,
// the virtual display both run headful on (headless Firefox has no WebGL). As a command it makes sure
// they are there: installs the Debian packages when run as root with apt-get, otherwise stops with one
// line saying how.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ENGINE_PACKAGES = ['firefox-esr', 'xvfb', 'webkit2gtk-driver'];

/** @param {string | undefined} fromEnv @param {string[]} candidates @returns {string | null} */
function first(fromEnv, candidates) {
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** @returns {string | null} */
export function findFirefox() {
  return first(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** @returns {string | null} */
export function findXvfb() {
  return first(process.env.XVFB_PATH, ['/usr/bin/Xvfb']);
}

/** @returns {string | null} */
export function findWebKitDriver() {
  return first(process.env.WEBKIT_WEBDRIVER_PATH, ['/usr/bin/WebKitWebDriver']);
}

/** WebKitGTK's MiniBrowser comes with the library package, under the architecture's lib folder. */
export function findMiniBrowser() {
  /** @type {string[]} */
  const candidates = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const dir of ['', ...entries.map((e) => `${e}/`)])
      for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'])
        candidates.push(`${lib}/${dir}${version}/MiniBrowser`);
  }
  return first(process.env.MINIBROWSER_PATH, candidates);
}

/** @returns {Record<string, string | null>} */
export function findEngines() {
  return {
    firefox: findFirefox(),
    xvfb: findXvfb(),
    webkitDriver: findWebKitDriver(),
    miniBrowser: findMiniBrowser(),
  };
}

function ensure() {
  const missing = () =>
    Object.entries(findEngines())
      .filter(([, path]) => !path)
      .map(([name]) => name);
  if (missing().length === 0) return findEngines();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Not found: ${missing().join(', ')}: installing ${ENGINE_PACKAGES.join(' ')} (apt-get)…`);
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${ENGINE_PACKAGES.join(' ')}`,
      { stdio: 'inherit' },
    );
    if (missing().length === 0) return findEngines();
  }
  console.error(
    `No ${missing().join(', ')} for the engine tests: install them (Debian/Ubuntu: sudo apt-get install ${ENGINE_PACKAGES.join(' ')}) or set FIREFOX_PATH, XVFB_PATH, WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH.`,
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, path] of Object.entries(ensure())) console.log(`${name}: ${path}`);
}
