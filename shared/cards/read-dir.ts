// Node-only: reads a folder of YAML/JSON deck files. The browser never imports this file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A path as the user should see it: relative to the working folder when inside it. */
const shown = (base: string, path: string) => {
  const rel = relative(base, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};
import { parse as parseYaml } from 'yaml';
import { checkPlayable, checkScenarioNames, mergeDecks, parseDeckFile, type DeckProblem } from './assemble.ts';
import type { Deck } from './schema.ts';

export const BUILT_IN_CARDS_DIR = new URL('../../cards/', import.meta.url).pathname;

const DATA_FILE = /\.(ya?ml|json)$/i;

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return DATA_FILE.test(name) ? [path] : [];
    });
}

/** Parses the text of one YAML or JSON deck file; syntax errors become problems with a line number. */
export function parseDeckText(file: string, textContent: string) {
  let data: unknown;
  try {
    data = file.toLowerCase().endsWith('.json') ? JSON.parse(textContent) : parseYaml(textContent);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { deck: null, problems: [{ file, card: '-', field: '(file)', message: `cannot be read: ${message}` }] };
  }
  return parseDeckFile(file, data);
}

/** Reads and validates every data file in a folder (recursively), without merging them. */
export function readDeckParts(dir: string, base = process.cwd()) {
  const problems: DeckProblem[] = [];
  const parts: { file: string; deck: Deck }[] = [];
  let files: string[];
  try {
    files = listFiles(dir);
  } catch {
    return { parts, problems: [{ file: dir, card: '-', field: '(folder)', message: 'cannot be read' }] };
  }
  if (files.length === 0) problems.push({ file: shown(base, dir), card: '-', field: '(folder)', message: 'holds no .yaml, .yml or .json files' });
  for (const path of files) {
    const file = shown(base, path);
    const parsed = parseDeckText(file, readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.deck) parts.push({ file, deck: parsed.deck });
  }
  return { parts, problems };
}

/**
 * The built-in deck, extended by an optional folder of the facilitator's own cards (which may hold only
 * dilemmas). Every problem is returned; a deck with problems must not be used.
 */
export function loadDeck(extraDir?: string, base = process.cwd()): { deck: Deck; problems: DeckProblem[] } {
  const builtIn = readDeckParts(BUILT_IN_CARDS_DIR, base);
  const extra = extraDir ? readDeckParts(extraDir, base) : { parts: [], problems: [] };
  const merged = mergeDecks([...builtIn.parts, ...extra.parts]);
  const scenarioIds = new Set(merged.deck.scenarios.map((s) => s.id));
  const names = [...builtIn.parts, ...extra.parts].flatMap((p) => checkScenarioNames(p.file, p.deck, scenarioIds));
  const problems = [...builtIn.problems, ...extra.problems, ...merged.problems, ...names];
  return { deck: merged.deck, problems: [...problems, ...checkPlayable(merged.deck)] };
}
