// The seed of each simulated game, derived from the run's seed and the game's number.

/** Game g of a run with seed S: distinct for every (S, g) a run uses, and the same on every machine. */
export function gameSeed(seed: number, game: number): number {
  return (seed * 1_000_003 + game) >>> 0;
}
