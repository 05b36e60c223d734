// The phase timer: one countdown per phase (and per reveal), kept in the synced state so that every screen
// shows the same time. The room ticks it once a second; the time left survives a restart.
import { SELF_RUN_TIMERS, type PhaseTimers, type SessionSettings } from '../../shared/protocol/session.ts';
import type { GameState } from '../../shared/engine/types.ts';
import type { TimerSchema } from './schema.ts';

export function phaseKey(game: GameState): string {
  if (game.phase === 'lobby' || game.phase === 'ended') return '';
  const reveal = game.phase === 'gedoe' && game.dilemma?.revealed ? ':reveal' : '';
  return `${game.round}:${game.phase}${reveal}`;
}

/** Seconds for the timer of this phase key, or null when the phase has no timer. */
export function timerSeconds(settings: SessionSettings, key: string): number | null {
  if (!key) return null;
  const timers: PhaseTimers | null = settings.selfRun ? { ...SELF_RUN_TIMERS, ...(settings.timers ?? {}) } : settings.timers;
  if (!timers) return null;
  const name = key.endsWith(':reveal') ? 'reveal' : (key.split(':')[1] as keyof PhaseTimers);
  const seconds = timers[name];
  // A self-run session always needs a timer to move on.
  return seconds ?? (settings.selfRun ? SELF_RUN_TIMERS[name] : null);
}

export function startTimer(timer: TimerSchema, key: string, seconds: number | null, paused: boolean) {
  timer.phaseKey = seconds === null ? '' : key;
  timer.durationMs = (seconds ?? 0) * 1000;
  timer.remainingMs = timer.durationMs;
  timer.running = seconds !== null && !paused;
}

/** Advances a running timer; returns true when it has just run out. */
export function tick(timer: TimerSchema, elapsedMs: number): boolean {
  if (!timer.running || !timer.phaseKey) return false;
  timer.remainingMs = Math.max(0, timer.remainingMs - elapsedMs);
  if (timer.remainingMs > 0) return false;
  timer.running = false;
  return true;
}
