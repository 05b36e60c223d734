// Plays one whole game with bot teams, as the simulation, tests and the benchmark need it.
import type { Deck } from '../cards/schema.ts';
import { STRATEGIES, type Strategy } from '../bots/strategies.ts';
import { createGame, step } from '../engine/reduce.ts';
import { deriveSeed, type Seed } from '../engine/rng.ts';
import type { GameState } from '../engine/types.ts';
import { PHASES, TEAM_COLOURS, TEAM_ICONS } from '../vocabulary.ts';

export interface SimOptions {
  scenario: string;
  rounds: number;
  /** One strategy per team, in seat order. */
  bots: Strategy[];
  seed: Seed;
  /**
   * Which seat acts first: the bots take turns in seat order starting here, so over many games no seat is
   * favoured by always moving first (claiming the best spot, answering first).
   */
  firstSeat?: number;
  /** Award the facilitator's dialogue bonus every round (to each team in turn, from the first seat), or never. */
  dialogueBonus?: boolean;
}

/** Actions one team may take in one phase before the simulation presses Klaar for it. */
const MAX_ACTIONS_PER_PHASE = 40;

export function playGame(deck: Deck, options: SimOptions): GameState {
  const created = createGame(deck, { scenario: options.scenario, rounds: options.rounds, language: 'nl' }, options.seed);
  if (!created.ok) throw new Error(`cannot create game: ${created.error.code}`);
  const state = created.value;
  const botRng = { seed: deriveSeed(state.seed, 'bots'), rng: 0 };
  options.bots.forEach((_, i) => {
    // The engine's own bot kind only matters to a room; the simulation drives every seat itself.
    const error = step(state, { type: 'addTeam', name: `Team ${i + 1}`, colour: TEAM_COLOURS[i % TEAM_COLOURS.length]!, icon: TEAM_ICONS[i % TEAM_ICONS.length]!, bot: 'sensible' });
    if (error) throw new Error(`cannot add team ${i + 1}: ${error.code}`);
  });
  const first = (options.firstSeat ?? 0) % options.bots.length;
  const order = state.teams.map((_, i) => (first + i) % state.teams.length).map((i) => ({ team: state.teams[i]!, bot: STRATEGIES[options.bots[i]!] }));
  step(state, { type: 'start' });
  // A step of the game: the phase, and within Gedoe whether the votes are revealed.
  const stepOf = () => state.round * 16 + PHASES.indexOf(state.phase) * 2 + (state.dilemma?.revealed ? 1 : 0);
  while (state.phase !== 'ended') {
    const phaseKey = stepOf();
    const acted = new Map<string, number>();
    let progressed = true;
    while (progressed && stepOf() === phaseKey) {
      progressed = false;
      for (const { team, bot } of order) {
        if (team.removed || team.ready || stepOf() !== phaseKey) continue;
        const count = acted.get(team.id) ?? 0;
        const action = count < MAX_ACTIONS_PER_PHASE ? bot(state, team.id, botRng) : null;
        if (!action) continue;
        if (step(state, action) === null) {
          acted.set(team.id, count + 1);
          progressed = true;
        }
      }
    }
    if (options.dialogueBonus && state.phase === 'vieren') {
      // The bonus goes to one team a round: each team in turn, from the seat that acts first.
      step(state, { type: 'dialogueBonus', team: order[(state.round - 1) % order.length]!.team.id });
    }
    // Nobody acts any more (all waiting, or out of actions): the facilitator's clock moves the game on.
    if (stepOf() === phaseKey) step(state, { type: 'timeUp' });
  }
  return state;
}
