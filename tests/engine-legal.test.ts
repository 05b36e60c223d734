// legalActions and its narrower forms agree at every moment of real games.
import { expect, it } from 'vitest';
import { legalActions, legalOffers } from '../shared/engine/legal.ts';
import { createGame, step } from '../shared/engine/reduce.ts';
import { playGame } from '../shared/sim/play-game.ts';
import { deck } from './helpers/deck.ts';

it('legalOffers gives exactly the trade offers of legalActions, in the same order, all through a game', () => {
  const settings = { scenario: 'het-dorp', rounds: 3, language: 'nl' as const };
  const played = playGame(deck, { ...settings, bots: ['sensible', 'greedy', 'spread'], seed: 7 });
  const created = createGame(deck, settings, 7);
  if (!created.ok) throw new Error(created.error.code);
  const state = created.value;
  let offers = 0;
  for (const action of played.history) {
    expect(step(state, action)).toBeNull();
    for (const team of state.teams) {
      const expected = legalActions(state, team.id).filter((a) => a.type === 'offerTrade');
      expect(legalOffers(state, team.id)).toEqual(expected);
      offers += expected.length;
    }
  }
  expect(offers).toBeGreaterThan(0);
});
