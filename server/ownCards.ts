// A session's deck as the screens need it: the deck it was created with, plus the own cases the facilitator
// added while playing (they travel in the action log, so they are read from there).
import type { Deck, Dilemma } from '../shared/cards/schema.ts';
import { deckForSession } from './decks.ts';
import type { SessionRecord, SessionStore } from './store.ts';

export function addedCards(store: SessionStore, code: string): Dilemma[] {
  return store.actions(code).flatMap((l) => (l.action.type === 'addDilemma' ? [l.action.card] : []));
}

export async function sessionDeck(store: SessionStore, session: SessionRecord): Promise<Deck> {
  const deck = await deckForSession(session.code, session.settings);
  const added = addedCards(store, session.code).filter((c) => !deck.dilemmas.some((d) => d.id === c.id));
  return added.length ? { ...deck, dilemmas: [...deck.dilemmas, ...added] } : deck;
}
