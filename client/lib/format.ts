// Small pure functions for what the screens show: countdowns, progress, positions. Unit-tested without a browser.
import { TOKEN_TYPES, type Tokens } from '../../shared/vocabulary.ts';

/** "4:05" from milliseconds, rounding up so that 0:00 means the time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** How far an initiative is, 0..1. */
export function progress(paid: Partial<Tokens>, cost: Partial<Tokens>): number {
  const need = TOKEN_TYPES.reduce((s, t) => s + (cost[t] ?? 0), 0);
  if (need === 0) return 1;
  const have = TOKEN_TYPES.reduce((s, t) => s + Math.min(paid[t] ?? 0, cost[t] ?? 0), 0);
  return have / need;
}

/** What an initiative still needs, per token type (only types with something left). */
export function remaining(paid: Partial<Tokens>, cost: Partial<Tokens>): Partial<Tokens> {
  const left: Partial<Tokens> = {};
  for (const t of TOKEN_TYPES) {
    const n = (cost[t] ?? 0) - (paid[t] ?? 0);
    if (n > 0) left[t] = n;
  }
  return left;
}

/** A board position in percent mapped into a drawing area with a margin, in pixels. */
export function boardPoint(x: number, y: number, width: number, height: number, margin = 0.07) {
  return { x: width * (margin + (1 - 2 * margin) * (x / 100)), y: height * (margin + (1 - 2 * margin) * (y / 100)) };
}

/** The position of a value on a track, 0..1, capped at the end. */
export const trackFraction = (value: number, max: number) => (max <= 0 ? 0 : Math.min(1, Math.max(0, value / max)));
