// A session's settings and its plan: the length decides the rounds and the timers when the session is created.
import type { SessionSettings } from '../protocol/session.ts';
import type { GameSettings } from '../engine/types.ts';
import { sessionPlan, type SessionMode, type SessionPlan } from './plan.ts';

const modeOf = (s: SessionSettings): SessionMode => s.mode ?? 'full';

/** The plan of a session created with a length; null for one created by rounds alone. */
export function planForSettings(s: SessionSettings): SessionPlan | null {
  return s.length === undefined ? null : sessionPlan(modeOf(s), s.length);
}

/**
 * Settings with the plan's rounds and timers. "No timers" stays no timers; the stored settings hold the
 * result, so a replay or a restart plays the same rounds.
 */
export function withPlan(s: SessionSettings): SessionSettings {
  const plan = planForSettings(s);
  if (!plan) return s;
  return { ...s, rounds: plan.rounds, timers: s.timers === null ? null : { ...plan.timers } };
}

/** What the engine needs of a session's settings (creation, replay and the plan's clock use the same). */
export const gameSettingsOf = (s: SessionSettings): GameSettings => ({ scenario: s.scenario, rounds: s.rounds, language: s.language, mode: modeOf(s) });
