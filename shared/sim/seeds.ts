// The seed of each simulated game, derived from the run's seed and the game's number.
import { expandSeed } from '../engine/rng.ts';

/**
 * Game g of a run with seed S: a 256-bit key (SHA-256 of both numbers), distinct for every (S, g) and the
 * same on every machine, so a run can be repeated and any one game replayed.
 */
export function gameSeed(seed: number, game: number): string {
  return expandSeed(`simulation/${seed}/${game}`);
}
