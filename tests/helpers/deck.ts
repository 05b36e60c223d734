import { loadDeck } from '../../shared/cards/read-dir.ts';

const loaded = loadDeck();
if (loaded.problems.length > 0) throw new Error(`built-in deck has problems: ${JSON.stringify(loaded.problems)}`);

/** The built-in deck, loaded once per test file. */
export const deck = loaded.deck;
