// Seeded PRNG (mulberry32). Its whole state is one uint32 kept in the game state, so games replay exactly.

export interface HasRng {
  rng: number;
}

/** A float in [0, 1); advances the state's generator. */
export function random(holder: HasRng): number {
  holder.rng = (holder.rng + 0x6d2b79f5) | 0;
  let t = holder.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function randomInt(holder: HasRng, below: number): number {
  return Math.floor(random(holder) * below);
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(holder: HasRng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(holder, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
