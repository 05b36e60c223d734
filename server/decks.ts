// The deck a session plays with: the built-in deck, extended by the facilitator's own cards if any.
import { checkPlayable, formatProblem, mergeDecks } from '../shared/cards/assemble.ts';
import type { Deck } from '../shared/cards/schema.ts';
import { loadDeck, parseDeckText } from '../shared/cards/read-dir.ts';

let builtIn: Deck | null = null;

export function builtInDeck(): Deck {
  if (!builtIn) {
    const { deck, problems } = loadDeck();
    if (problems.length > 0) throw new Error(`the built-in cards have problems:\n${problems.map(formatProblem).join('\n')}`);
    builtIn = deck;
  }
  return builtIn;
}

/** Parses an uploaded deck; any problem refuses the whole deck (nothing is half-loaded). */
export function deckWith(extraText: string | undefined): { deck: Deck; problems: string[] } {
  const base = builtInDeck();
  if (!extraText) return { deck: base, problems: [] };
  const file = extraText.trimStart().startsWith('{') ? 'upload.json' : 'upload.yaml';
  const parsed = parseDeckText(file, extraText);
  if (!parsed.deck) return { deck: base, problems: parsed.problems.map(formatProblem) };
  const merged = mergeDecks([{ file: 'cards/', deck: base }, { file, deck: parsed.deck }]);
  const problems = [...parsed.problems, ...merged.problems, ...checkPlayable(merged.deck, file)];
  return { deck: merged.deck, problems: problems.map(formatProblem) };
}

const sessionDecks = new Map<string, Deck>();

/** The deck of a stored session (its upload was checked when the session was created). */
export function deckForSession(code: string, extraText: string | undefined): Deck {
  let deck = sessionDecks.get(code);
  if (!deck) {
    const result = deckWith(extraText);
    if (result.problems.length > 0) throw new Error(`session ${code}: its deck no longer loads: ${result.problems.join('; ')}`);
    deck = result.deck;
    sessionDecks.set(code, deck);
  }
  return deck;
}

/**
 * The deck as clients may see it: an option's label, hint and cost, never its numbers (effects and small print
 * come with the reveal, in the game view's dilemma.outcomes).
 */
export function publicDeck(deck: Deck): Deck {
  return { ...deck, dilemmas: deck.dilemmas.map((d) => ({ ...d, options: d.options.map((o) => ({ ...o, effects: [], hidden: [] })) })) };
}
