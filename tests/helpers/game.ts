// Builders for engine tests: a started game in a chosen phase, with tokens and hands set by the test.
import { createGame, step } from '../../shared/engine/reduce.ts';
import type { GameState, TeamState } from '../../shared/engine/types.ts';
import type { Action } from '../../shared/protocol/actions.ts';
import { TEAM_COLOURS, TEAM_ICONS, type Tokens } from '../../shared/vocabulary.ts';
import type { Deck } from '../../shared/cards/schema.ts';
import { deck } from './deck.ts';

export const SEED = 20261126;

export function newGame(teams = 2, scenario = 'het-dorp', rounds = 5, cards: Deck = deck): GameState {
  const created = createGame(cards, { scenario, rounds, language: 'nl' }, SEED);
  if (!created.ok) throw new Error(created.error.code);
  for (let i = 0; i < teams; i++) {
    must(created.value, { type: 'addTeam', name: `Team ${i + 1}`, colour: TEAM_COLOURS[i]!, icon: TEAM_ICONS[i]!, bot: null });
  }
  return created.value;
}

/** Applies an action that must be allowed; fails the test with the rule error otherwise. */
export function must(state: GameState, action: Action) {
  const events: import('../../shared/engine/types.ts').GameEvent[] = [];
  const error = step(state, action, events);
  if (error) throw new Error(`${action.type} refused: ${error.code} ${JSON.stringify(error.params ?? {})}`);
  return events;
}

/** A started game in the Doen phase of round 1. */
export function inDoen(teams = 2, scenario = 'het-dorp', cards: Deck = deck): GameState {
  const state = newGame(teams, scenario, 5, cards);
  must(state, { type: 'start' });
  must(state, { type: 'next' });
  return state;
}

export const team = (state: GameState, id: string): TeamState => state.teams.find((t) => t.id === id)!;

export function setTokens(state: GameState, id: string, tokens: Partial<Tokens>) {
  Object.assign(team(state, id).tokens, { energie: 0, handen: 0, netwerk: 0, geld: 0, ...tokens });
}

/** Puts a principle card in a team's hand (taking it from wherever it is). */
export function giveCard(state: GameState, id: string, principle: number) {
  state.principleDeck = state.principleDeck.filter((n) => n !== principle);
  state.principleDiscard = state.principleDiscard.filter((n) => n !== principle);
  for (const t of state.teams) t.hand = t.hand.filter((n) => n !== principle);
  team(state, id).hand.push(principle);
}

/** Makes sure this initiative is in the market (swapping it in from the pile). */
export function toMarket(state: GameState, initiative: string) {
  if (state.market.includes(initiative)) return;
  state.initiativeDeck = state.initiativeDeck.filter((id) => id !== initiative);
  state.market.push(initiative);
}

/** Claims an initiative for a team at a location, whatever the market held. */
export function claimFor(state: GameState, id: string, initiative: string, location: string) {
  toMarket(state, initiative);
  team(state, id).claimedThisRound = false;
  must(state, { type: 'claim', team: id, initiative, location });
}

/** Every team votes for this option and locks its vote (the last lock reveals). */
export function voteAll(state: GameState, option: string) {
  for (const t of state.teams) {
    if (t.removed) continue;
    must(state, { type: 'vote', team: t.id, option });
    must(state, { type: 'lockVote', team: t.id });
  }
}

/** Moves the game to Gedoe with this dilemma open. */
export function openGedoe(state: GameState, dilemma: string) {
  must(state, { type: 'pickDilemma', dilemma });
  while (state.phase !== 'gedoe') must(state, { type: 'next' });
}
