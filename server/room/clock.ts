// The room's phase clock: starts the timer of each phase, ticks it once a second, saves what is left so a
// restart goes on with the same time, and reports when it runs out.
import type { SessionSettings } from '../../shared/protocol/session.ts';
import type { GameState } from '../../shared/engine/types.ts';
import type { SessionStore, TimerRecord } from '../store.ts';
import type { TimerSchema } from './schema.ts';
import { phaseKey, startTimer, tick, timerSeconds } from './timer.ts';

export const TICK_MS = 1000;
const SAVE_EVERY_TICKS = 2;

export class PhaseClock {
  private ticks = 0;
  private timer: TimerSchema;
  private settings: SessionSettings;
  private save: (record: TimerRecord | null) => void;

  constructor(timer: TimerSchema, settings: SessionSettings, save: (record: TimerRecord | null) => void) {
    this.timer = timer;
    this.settings = settings;
    this.save = save;
  }

  static forSession(timer: TimerSchema, settings: SessionSettings, store: SessionStore, code: string) {
    return new PhaseClock(timer, settings, (record) => {
      try {
        store.saveTimer(code, record);
      } catch {
        // the store reports its failure on /health; the game itself goes on refusing writes
      }
    });
  }

  /** After a restart: the same phase's timer goes on with the time it had left. */
  restore(game: GameState, saved: TimerRecord | null) {
    const key = phaseKey(game);
    startTimer(this.timer, key, timerSeconds(this.settings, key), game.paused);
    if (saved && saved.phaseKey === key && this.timer.phaseKey) {
      this.timer.remainingMs = saved.remainingMs;
      this.timer.running = saved.running && !game.paused;
    }
  }

  /** After every change: a new phase gets its own timer; pause and resume stop and start it. */
  follow(game: GameState, previousPhaseKey: string) {
    const key = phaseKey(game);
    const timer = this.timer;
    if (key !== previousPhaseKey) {
      startTimer(timer, key, timerSeconds(this.settings, key), game.paused);
      this.persist();
    } else if (timer.phaseKey && timer.running === game.paused && timer.remainingMs > 0) {
      timer.running = !game.paused;
      this.persist();
    }
  }

  /** Adds time to the running phase; false when no timer runs. */
  extend(seconds: number): boolean {
    if (!this.timer.phaseKey) return false;
    this.timer.remainingMs += seconds * 1000;
    this.timer.durationMs += seconds * 1000;
    this.persist();
    return true;
  }

  /** One second passed: true when the time has just run out. */
  onTick(): boolean {
    if (tick(this.timer, TICK_MS)) return true;
    if (this.timer.running && ++this.ticks % SAVE_EVERY_TICKS === 0) this.persist();
    return false;
  }

  private persist() {
    const t = this.timer;
    this.save(t.phaseKey ? { phaseKey: t.phaseKey, remainingMs: t.remainingMs, running: t.running } : null);
  }
}
