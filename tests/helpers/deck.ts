import { readDeckParts, loadDeck } from '../../shared/cards/read-dir.ts';
import type { Deck } from '../../shared/cards/schema.ts';

const loaded = loadDeck();
if (loaded.problems.length > 0) throw new Error(`built-in deck has problems: ${JSON.stringify(loaded.problems)}`);

/** The built-in deck, loaded once per test file. */
export const deck = loaded.deck;

const fixture = readDeckParts('tests/fixtures/engine-deck');
if (fixture.problems.length > 0) throw new Error(`engine fixture deck has problems: ${JSON.stringify(fixture.problems)}`);

/**
 * The built-in deck with the engine tests' own dilemmas (tests/fixtures/engine-deck) instead of the built-in
 * ones: tests that need a particular card stay true however the card content changes.
 */
export const fixtureDeck: Deck = { ...deck, dilemmas: fixture.parts.flatMap((p) => p.deck.dilemmas) };
