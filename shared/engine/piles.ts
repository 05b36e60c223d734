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

/**
 * Deals up to n principle cards to each team one card at a time around the table, as people deal a pack: when
 * the pile runs short (7 or 8 teams share 18 cards) every team still gets its share, and the team dealt first
 * moves on each round so no team is always the one left short. Returns how many each team drew.
 */
export function dealPrinciples(state: GameState, teams: TeamState[], n: number): Map<string, number> {
  const drew = new Map(teams.map((t) => [t.id, 0]));
  const start = teams.length > 0 ? (state.round - 1 + teams.length) % teams.length : 0;
  for (let pass = 0; pass < n; pass++) {
    for (let i = 0; i < teams.length; i++) {
      const team = teams[(start + i) % teams.length]!;
      drew.set(team.id, drew.get(team.id)! + drawPrinciples(state, team, 1));
    }
  }
  return drew;
}
