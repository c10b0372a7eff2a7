/**
 * docs/performance.md: a hand-written part (everything above {@link BEGIN}, kept as it is) and the part
 * the bench writes, one block per measure. A run of some measures replaces their blocks and keeps the
 * others, so `npm run bench -- frames` does not erase the bytes figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const BEGIN =
  '<!-- bench:begin — everything below is written by `npm run bench`; write above this line -->';
const SECTION = /^<!-- bench:section ([\w-]+) -->$/m;

const STARTER = `# Performance

How fast the map is, measured by \`npm run bench\` (issue #7). Notes, analysis and before/after
comparisons go here, above the marker; the figures below it are rewritten by each run.
`;

export function writeDoc(file: string, head: string, sections: Map<string, string>, order: string[]): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = text.indexOf(BEGIN);
  const handWritten = at >= 0 ? text.slice(0, at) : text || STARTER;
  const old = new Map<string, string>();
  if (at >= 0) {
    const parts = text.slice(at + BEGIN.length).split(SECTION);
    for (let i = 1; i + 1 < parts.length; i += 2) old.set(parts[i]!, parts[i + 1]!.trim());
  }
  const blocks = order.flatMap((name) => {
    const body = sections.get(name) ?? old.get(name);
    return body ? [`<!-- bench:section ${name} -->\n${body}`] : [];
  });
  // The head (machine, method) is a section too, so it is always the latest run's.
  const out = [handWritten.trimEnd(), '', BEGIN, '', `<!-- bench:section head -->\n${head}`, ...blocks].join(
    '\n\n',
  );
  writeFileSync(file, `${out.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  // Tables as Biome formats them, so `npm run lint` stays clean after a run.
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
}
