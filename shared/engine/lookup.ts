// Fast card look-ups, built once per deck.
import type { Deck, Dilemma, Initiative, Principle, Scenario } from '../cards/schema.ts';
import { TUNING } from './tuning.ts';
import type { GameState, Project, TeamState } from './types.ts';
export { fail } from './errors.ts';

interface DeckIndex {
  initiatives: Map<string, Initiative>;
  dilemmas: Map<string, Dilemma>;
  principles: Map<number, Principle>;
  scenarios: Map<string, Scenario>;
}

const indexes = new WeakMap<Deck, DeckIndex>();

let lastDeck: Deck | null = null;
let lastIndex: DeckIndex | null = null;

export function deckIndex(deck: Deck): DeckIndex {
  // Nearly every call is for the same deck: skip the WeakMap on the hot path.
  if (deck === lastDeck) return lastIndex!;
  let index = indexes.get(deck);
  if (!index) {
    index = {
      initiatives: new Map(deck.initiatives.map((c) => [c.id, c])),
      dilemmas: new Map(deck.dilemmas.map((c) => [c.id, c])),
      principles: new Map(deck.principles.map((c) => [c.number, c])),
      scenarios: new Map(deck.scenarios.map((c) => [c.id, c])),
    };
    indexes.set(deck, index);
  }
  lastDeck = deck;
  lastIndex = index;
  return index;
}

export const initiativeCard = (state: GameState, id: string) => deckIndex(state.deck).initiatives.get(id)!;
export const dilemmaCard = (state: GameState, id: string) => deckIndex(state.deck).dilemmas.get(id)!;
export const principleCard = (state: GameState, n: number) => deckIndex(state.deck).principles.get(n)!;
/** A dilemma-only session: no board, no tokens (GameSettings.mode). */
export const dilemmasOnly = (state: GameState) => state.settings.mode === 'dilemmas';
export const scenarioOf = (state: GameState) => deckIndex(state.deck).scenarios.get(state.settings.scenario)!;

/** Team ids are t1, t2, … in the order teams were added: look there first. */
export function findTeam(state: GameState, id: string | undefined): TeamState | undefined {
  if (id === undefined) return undefined;
  const direct = state.teams[Number(id.slice(1)) - 1];
  return direct?.id === id ? direct : state.teams.find((t) => t.id === id);
}
export const activeTeams = (state: GameState) => state.teams.filter((t) => !t.removed);
export const findProject = (state: GameState, id: string | undefined): Project | undefined =>
  id === undefined ? undefined : state.projects.find((p) => p.initiative === id);


/** The community power target for this many teams and rounds (the scenario's formula). */
export function targetFor(scenario: Scenario, teams: number, rounds: number): number {
  const { base, perTeam, perRound, max } = scenario.target;
  const forTeams = Math.min(base + perTeam * Math.max(1, teams), max ?? Infinity);
  // What teams build grows with teams and rounds together: the team part is for a game of the default length
  // and scales with the rounds (a fixed amount per round was too much for 2 teams and too little for 8).
  return Math.max(1, Math.round((forTeams * rounds) / TUNING.roundsDefault) + perRound * (rounds - TUNING.roundsDefault));
}

/**
 * The target of this game: in the lobby what the teams there would get; from the start fixed (the teams at
 * the start and the rounds), raised when a team joins later, never lowered when one leaves.
 */
export function winTarget(state: GameState): number {
  if (state.phase === 'lobby') return targetFor(scenarioOf(state), activeTeams(state).length, state.settings.rounds);
  return state.target;
}
