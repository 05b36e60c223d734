// The facilitator's deck choice: own cases added to a running game (the card travels in the action, so replay,
// undo and a restart hold it), and built-in dilemmas left out of the draw pile or taken back in.
import type { Deck, Dilemma } from '../cards/schema.ts';
import type { Action } from '../protocol/actions.ts';
import { deckIndex, fail } from './lookup.ts';
import type { GameEvent, GameState, RuleError } from './types.ts';

type AddDilemma = Extract<Action, { type: 'addDilemma' }>;
type LeaveOut = Extract<Action, { type: 'leaveOut' }>;

export function checkAddDilemma(state: GameState, a: AddDilemma): RuleError | null {
  if (state.phase === 'ended') return fail('gameOver');
  return deckIndex(state.deck).dilemmas.has(a.card.id) ? fail('duplicateCard') : null;
}

/** The card joins the deck and the top of the draw pile: it comes up next unless the facilitator picks another. */
export function addDilemma(state: GameState, card: Dilemma, events: GameEvent[]) {
  state.deck = { ...state.deck, dilemmas: [...state.deck.dilemmas, card] };
  state.dilemmaDeck = [card.id, ...state.dilemmaDeck];
  events.push({ type: 'dilemmaAdded', card: card.id });
}

/** The deck before any own case was added in play: what the game was created with (undo rebuilds from it). */
export function deckAtStart(state: GameState): Deck {
  const added = new Set(state.history.flatMap((a) => (a.type === 'addDilemma' ? [a.card.id] : [])));
  return added.size === 0 ? state.deck : { ...state.deck, dilemmas: state.deck.dilemmas.filter((d) => !added.has(d.id)) };
}

/** Dilemmas out of play: in the deck but neither in the pile, nor played, nor open, nor picked. */
export function leftOut(state: GameState): string[] {
  const inPlay = new Set([...state.dilemmaDeck, ...state.dilemmaDiscard, ...(state.dilemma ? [state.dilemma.card] : []), ...(state.queuedDilemma ? [state.queuedDilemma] : [])]);
  return state.deck.dilemmas.map((d) => d.id).filter((id) => !inPlay.has(id));
}

export function checkLeaveOut(state: GameState, a: LeaveOut): RuleError | null {
  if (state.phase === 'ended') return fail('gameOver');
  const ids = deckIndex(state.deck).dilemmas;
  const unknown = a.dilemmas.find((id) => !ids.has(id));
  return unknown ? fail('dilemmaNotAvailable', { card: unknown }) : null;
}

/**
 * Sets which dilemmas are out of play: those named leave the draw pile, those left out before and not named now
 * go back in at the bottom (in deck order). Played and open cards are not touched.
 */
export function leaveOut(state: GameState, a: LeaveOut) {
  const out = new Set(a.dilemmas);
  const back = leftOut(state).filter((id) => !out.has(id));
  state.dilemmaDeck = [...state.dilemmaDeck.filter((id) => !out.has(id)), ...back];
  for (const team of state.teams) team.peek = team.peek.filter((id) => !out.has(id));
}
