import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

// `npm start` serves the app and opens no browser: on a server, in a container or in CI there is no
// `xdg-open` (Vite used to print a `spawn xdg-open ENOENT` stack trace), and a desktop does not want one.
// The dev server of the `start` script (without `prepare:assets`, which the basemap tests cover) runs
// with a fake `xdg-open` first on PATH that records being called.
const root = fileURLToPath(new URL('../../', import.meta.url));
const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;

let child: ChildProcess | undefined;
let bin: string | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
  if (bin) rmSync(bin, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts the dev server without trying to open a browser', async () => {
    const command = scripts.start?.split('&&').pop()?.trim().split(/\s+/) ?? [];
    expect(command[0]).toBe('vite');
    bin = mkdtempSync(join(tmpdir(), 'archipelago-start-'));
    const called = join(bin, 'called');
    for (const name of ['xdg-open', 'open', 'wslview']) {
      writeFileSync(join(bin, name), `#!/bin/sh\necho "$0 $*" >> '${called}'\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
    delete env.BROWSER;
    child = spawn(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), ...command.slice(1), '--port', '0'],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    // CI=true makes picocolors colour even a pipe; the codes sit between "Local" and ":".
    const ready = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += stripVTControlCharacters(chunk.toString());
        if (/Local:\s+http/.test(output)) resolve();
      };
      child?.stdout?.on('data', read);
      child?.stderr?.on('data', read);
      child?.on('exit', (code) => reject(new Error(`vite exited (${code}) before it was ready:\n${output}`)));
    });
    await ready;
    // Vite opens the browser right after printing its URLs; give it time to try.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(existsSync(called) ? readFileSync(called, 'utf8') : '').toBe('');
    expect(output).not.toMatch(/ENOENT|Error/);
  }, 30_000);
});
