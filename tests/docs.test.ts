// The rulebook lives in the repository and is linked from the README; nothing points to documents outside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASES } from '../shared/vocabulary.ts';

const SKIP = new Set(['node_modules', '.git', 'dist', 'data', 'artifacts']);
const TEXT = /\.(ts|md|json|yaml|yml|html|css|mjs)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : TEXT.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');

describe('the rulebook', () => {
  it('is in docs/, in Dutch and English, and the README links both', () => {
    const readme = read('README.md');
    for (const doc of ['docs/spelregels.md', 'docs/rules.md']) {
      expect(existsSync(doc), doc).toBe(true);
      expect(readme).toContain(`](${doc})`);
    }
  });

  it.each(['docs/spelregels.md', 'docs/rules.md'])('%s has a row for every principle card and names every phase', (doc) => {
    const text = read(doc);
    for (let n = 1; n <= 18; n++) expect(text).toMatch(new RegExp(`^\\| ${n} \\|`, 'm'));
    for (const phase of PHASES.filter((p) => p !== 'lobby' && p !== 'ended')) expect(text.toLowerCase()).toContain(phase);
  });

  it('is what the repository points to: no file names a design document outside the repository', () => {
    const outside = /\b(GAME|STACK|ARCHITECTURE|UX)\.md\b|\.\.\/shared\/(design|seed)/;
    const offenders = files('.').filter((f) => f !== join('tests', 'docs.test.ts') && outside.test(read(f)));
    // Point to the rulebook instead: docs/rules.md or docs/spelregels.md (balance, card rules, principle cards).
    expect(offenders, 'these files name a document that is not in the repository; point to docs/rules.md').toEqual([]);
  });
});
