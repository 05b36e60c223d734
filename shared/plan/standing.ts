// Where a running session stands against its plan: which block or phase it is in, and how many minutes it
// runs behind (or ahead). Pure: the times come from the action log, the clock from the caller.
import type { PlanBlock, PlanPhase, PlanStep, SessionPlan } from './plan.ts';

/** The game's position as the plan sees it. `revealed`: the votes of this round's dilemma are shown. */
export interface PlanPosition {
  phase: string;
  round: number;
  revealed: boolean;
}

export interface PlanStanding {
  block: PlanBlock;
  step: PlanStep | null;
  /** What the facilitator does now: a round's phase, or the block's kind (intro, closing, debrief). */
  moment: PlanPhase | PlanBlock['kind'];
  /** Planned start and end of the current moment, in minutes from the start of the session. */
  plannedStart: number;
  plannedEnd: number;
  /** Whole minutes behind the plan (negative: ahead); null before the game has started. */
  lateMinutes: number | null;
}

const GAME_PHASES: readonly string[] = ['ontmoeten', 'doen', 'gedoe', 'vieren'];

/** The plan's block and step for a position of the game. */
export function locate(plan: SessionPlan, at: PlanPosition): { block: PlanBlock; step: PlanStep | null } {
  const byKind = (kind: PlanBlock['kind']) => plan.blocks.find((b) => b.kind === kind)!;
  if (at.phase === 'lobby' || at.round === 0) return { block: byKind('intro'), step: null };
  if (at.phase === 'ended') return { block: byKind('debrief'), step: null };
  if (!GAME_PHASES.includes(at.phase)) return { block: byKind('closing'), step: null };
  const rounds = plan.blocks.filter((b) => b.kind === 'round');
  // More rounds played than planned (the facilitator changed them): measure against the last planned round.
  const block = rounds.find((b) => b.round === at.round) ?? rounds.at(-1)!;
  const phase: PlanPhase = at.phase === 'gedoe' && at.revealed ? 'reveal' : (at.phase as PlanPhase);
  const steps = block.steps ?? [];
  return { block, step: steps.find((s) => s.phase === phase) ?? steps[0] ?? null };
}

/**
 * Standing of the session at `now`. The session's minute 0 is the game's start minus the planned introduction
 * (the principles are introduced in the lobby, before the game starts). Behind = the later of: the moment began
 * later than planned, or it has run past its planned end.
 */
export function standing(plan: SessionPlan, at: PlanPosition, times: { startedAt: number | null; momentStartedAt: number | null; now: number }): PlanStanding {
  const { block, step } = locate(plan, at);
  const plannedStart = step?.start ?? block.start;
  const plannedEnd = plannedStart + (step?.minutes ?? block.minutes);
  const moment = step?.phase ?? block.kind;
  if (times.startedAt === null) return { block, step, moment, plannedStart, plannedEnd, lateMinutes: null };
  const zero = times.startedAt - plan.blocks[0]!.minutes * 60_000;
  const minutesSinceZero = (t: number) => (t - zero) / 60_000;
  const began = minutesSinceZero(times.momentStartedAt ?? times.now);
  const late = Math.max(began - plannedStart, minutesSinceZero(times.now) - plannedEnd);
  return { block, step, moment, plannedStart, plannedEnd, lateMinutes: Math.round(late) };
}
