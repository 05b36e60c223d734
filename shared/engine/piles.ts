// Drawing from the principle pile; reshuffling the discard pile when it runs out.
import { shuffle } from './rng.ts';
import { TUNING } from './tuning.ts';
import type { GameState, TeamState } from './types.ts';

/** Draws up to n principle cards, never past the hand limit. Returns how many were drawn. */
export function drawPrinciples(state: GameState, team: TeamState, n: number): number {
  let drawn = 0;
  while (drawn < n && team.hand.length < TUNING.handLimit) {
    if (state.principleDeck.length === 0) {
      if (state.principleDiscard.length === 0) break;
      state.principleDeck = shuffle(state, state.principleDiscard);
      state.principleDiscard = [];
    }
    team.hand.push(state.principleDeck.shift()!);
    drawn++;
  }
  return drawn;
}
