// When each moment of a session began, read from its action log: the console's clock, and the plan against
// the real times in the debrief.
import type { Seed } from '../engine/rng.ts';
import type { Deck } from '../cards/schema.ts';
import { createGame, step } from '../engine/index.ts';
import type { GameSettings, GameState } from '../engine/types.ts';
import type { Action } from '../protocol/actions.ts';
import type { PlanPosition } from './standing.ts';

export interface MomentStart extends PlanPosition {
  /** Milliseconds since the epoch, from the log entry that began this moment. */
  at: number;
}

export const positionOf = (g: Pick<GameState, 'phase' | 'round' | 'dilemma'>): PlanPosition => ({
  phase: g.phase, round: g.round, revealed: g.phase === 'gedoe' && Boolean(g.dilemma?.revealed),
});

const sameMoment = (a: PlanPosition, b: PlanPosition) => a.phase === b.phase && a.round === b.round && a.revealed === b.revealed;

/** Every change of moment in the log (the lobby not included), replaying it step by step. */
export function momentStarts(deck: Deck, settings: GameSettings, seed: Seed, log: { at: number; action: Action }[]): MomentStart[] {
  const created = createGame(deck, settings, seed);
  if (!created.ok) return [];
  const game = created.value;
  const starts: MomentStart[] = [];
  let current = positionOf(game);
  for (const entry of log) {
    if (step(game, entry.action)) continue;
    const next = positionOf(game);
    // An undo can step back into an earlier moment: that moment starts again now.
    if (!sameMoment(current, next)) starts.push({ ...next, at: entry.at });
    current = next;
  }
  return starts;
}
