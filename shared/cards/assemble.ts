// Turns parsed data files into one deck, collecting every problem as a line that names file, card and field.
import type { z } from 'zod';
import { DeckFile, Dilemma, Initiative, Principle, Scenario, type Deck } from './schema.ts';
import { PRINCIPLE_EFFECTS } from '../vocabulary.ts';
import { optionViolations } from './option-rules.ts';

export interface DeckProblem {
  file: string;
  card: string;
  field: string;
  message: string;
}

export const formatProblem = (p: DeckProblem) => `${p.file}: ${p.card}: ${p.field}: ${p.message}`;

const COLLECTIONS = {
  principles: Principle,
  dilemmas: Dilemma,
  initiatives: Initiative,
  scenarios: Scenario,
} as const;
type Collection = keyof typeof COLLECTIONS;

const emptyDeck = (): Deck => ({ principles: [], dilemmas: [], initiatives: [], scenarios: [] });

function cardName(raw: unknown, collection: Collection, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    if (typeof r.id === 'string') return r.id;
    if (typeof r.number === 'number') return `principle ${r.number}`;
  }
  return `${collection}[${index}]`;
}

const fieldPath = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(card)');

/** The rulebook's option rules (docs/rules.md) for one card, as problems naming the option (the card still counts in reports). */
export const optionProblems = (file: string, card: Dilemma): DeckProblem[] =>
  optionViolations(card).map((v) => ({ file, card: card.id, field: `options.${v.option}`, message: v.message }));

/** Validates one data file card by card, so that one broken card does not hide the problems of the others. */
export function parseDeckFile(file: string, data: unknown): { deck: Deck; problems: DeckProblem[] } {
  const deck = emptyDeck();
  const problems: DeckProblem[] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, card: '-', field: '(file)', message: 'must be an object with principles, dilemmas, initiatives or scenarios' });
    return { deck, problems };
  }
  for (const key of Object.keys(data)) {
    if (!(key in COLLECTIONS)) {
      problems.push({ file, card: '-', field: key, message: `unknown section (expected one of ${Object.keys(DeckFile.shape).join(', ')})` });
    }
  }
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const rawList = (data as Record<string, unknown>)[collection];
    if (rawList === undefined) continue;
    if (!Array.isArray(rawList)) {
      problems.push({ file, card: '-', field: collection, message: 'must be a list' });
      continue;
    }
    rawList.forEach((raw, index) => {
      const schema: z.ZodType = COLLECTIONS[collection];
      const parsed = schema.safeParse(raw);
      if (parsed.success) {
        (deck[collection] as unknown[]).push(parsed.data);
        if (collection === 'dilemmas') problems.push(...optionProblems(file, parsed.data as Dilemma));
      } else {
        for (const issue of parsed.error.issues) {
          problems.push({ file, card: cardName(raw, collection, index), field: fieldPath(issue.path), message: issue.message });
        }
      }
    });
  }
  return { deck, problems };
}

interface SourcedDeck {
  file: string;
  deck: Deck;
}

/** Merges files into one deck; duplicate ids anywhere in the set are problems. */
export function mergeDecks(parts: SourcedDeck[]): { deck: Deck; problems: DeckProblem[] } {
  const deck = emptyDeck();
  const problems: DeckProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (file: string, key: string, card: string) => {
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ file, card, field: key.startsWith('principle') ? 'number' : 'id', message: `duplicate: also defined in ${earlier}` });
      return false;
    }
    seen.set(key, file);
    return true;
  };
  for (const { file, deck: part } of parts) {
    for (const p of part.principles) if (claim(file, `principle:${p.number}`, `principle ${p.number}`)) deck.principles.push(p);
    for (const d of part.dilemmas) if (claim(file, `dilemma:${d.id}`, d.id)) deck.dilemmas.push(d);
    for (const i of part.initiatives) if (claim(file, `initiative:${i.id}`, i.id)) deck.initiatives.push(i);
    for (const s of part.scenarios) if (claim(file, `scenario:${s.id}`, s.id)) deck.scenarios.push(s);
  }
  deck.principles.sort((a, b) => a.number - b.number);
  return { deck, problems };
}

/** Cards of one file that name a scenario the deck does not have (a typo would hide the card in every game). */
export function checkScenarioNames(file: string, part: Deck, scenarioIds: ReadonlySet<string>): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const card of [...part.dilemmas, ...part.initiatives]) {
    for (const [field, ids] of [['scenarios', card.scenarios ?? []], ['variants', Object.keys(card.variants ?? {})]] as const) {
      for (const s of ids) {
        if (!scenarioIds.has(s)) problems.push({ file, card: card.id, field: `${field}.${s}`, message: `names no scenario of this deck (${[...scenarioIds].join(', ')})` });
      }
    }
  }
  return problems;
}

/** The checks a deck must pass before a game can be played with it. */
export function checkPlayable(deck: Deck, file = '(deck)'): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const numbers = new Set(deck.principles.map((p) => p.number));
  for (let n = 1; n <= 18; n++) {
    if (!numbers.has(n)) problems.push({ file, card: `principle ${n}`, field: 'number', message: 'missing: a deck needs all 18 principles' });
  }
  for (const p of deck.principles) {
    const expected = PRINCIPLE_EFFECTS[p.number - 1];
    if (p.effect !== expected) {
      problems.push({ file, card: `principle ${p.number}`, field: 'effect', message: `principle ${p.number} has effect "${expected}", not "${p.effect}"` });
    }
  }
  if (deck.dilemmas.length === 0) problems.push({ file, card: '-', field: 'dilemmas', message: 'a deck needs at least one dilemma card' });
  if (deck.initiatives.length < 4) problems.push({ file, card: '-', field: 'initiatives', message: 'a deck needs at least 4 initiatives for the market' });
  if (deck.scenarios.length === 0) problems.push({ file, card: '-', field: 'scenarios', message: 'a deck needs at least one scenario' });
  const scenarioIds = new Set(deck.scenarios.map((s) => s.id));
  for (const s of scenarioIds) {
    if (!deck.dilemmas.some((d) => !d.scenarios || d.scenarios.includes(s))) problems.push({ file, card: s, field: 'dilemmas', message: 'no dilemma card fits this scenario' });
  }
  return problems;
}

export function deckCounts(deck: Deck) {
  return {
    principles: deck.principles.length,
    gedoe: deck.dilemmas.filter((d) => d.kind === 'gedoe').length,
    positiespel: deck.dilemmas.filter((d) => d.kind === 'positiespel').length,
    initiatives: deck.initiatives.length,
    scenarios: deck.scenarios.length,
  };
}
