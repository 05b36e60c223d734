// legalActions and the unchecked candidates the bots weigh agree at every moment of real games: the candidates
// that pass checkTeamAction are exactly the legal actions, in the same order.
import { expect, it } from 'vitest';
import { candidateActions, candidateOffers, legalActions } from '../shared/engine/legal.ts';
import { checkTeamAction, createGame, step } from '../shared/engine/reduce.ts';
import { findTeam } from '../shared/engine/lookup.ts';
import { playGame } from '../shared/sim/play-game.ts';
import { deck } from './helpers/deck.ts';

it('candidates that pass the rules are exactly the legal actions (and the offers among them), in order, all through a game', () => {
  const settings = { scenario: 'het-dorp', rounds: 3, language: 'nl' as const };
  const played = playGame(deck, { ...settings, bots: ['sensible', 'greedy', 'spread'], seed: 7 });
  const created = createGame(deck, settings, 7);
  if (!created.ok) throw new Error(created.error.code);
  const state = created.value;
  let offers = 0;
  let refused = 0;
  for (const action of played.history) {
    expect(step(state, action)).toBeNull();
    for (const team of state.teams) {
      const allowed = (list: ReturnType<typeof legalActions>) => list.filter((a) => checkTeamAction(state, findTeam(state, team.id)!, a) === null);
      const legal = legalActions(state, team.id);
      const candidates = candidateActions(state, team.id);
      expect(allowed(candidates)).toEqual(legal);
      refused += candidates.length - legal.length;
      const expected = legal.filter((a) => a.type === 'offerTrade');
      expect(allowed(candidateOffers(state, team.id))).toEqual(expected);
      offers += expected.length;
    }
  }
  // The game had trade offers to compare and candidates the rules refused.
  expect(offers).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
});
