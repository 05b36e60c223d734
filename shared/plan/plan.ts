// The session plan (draaiboek): a session length becomes rounds, phase timers and a minute-by-minute plan.
// Pure data; the console shows it, the Markdown export prints it, session creation takes its rounds and timers.

/** How a session is played: the whole game, or only the dilemmas (no board, no tokens). */
export const SESSION_MODES = ['full', 'dilemmas'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** The lengths (minutes) a facilitator can choose, per mode. */
export const SESSION_LENGTHS = { full: [60, 90, 120, 180], dilemmas: [30, 45, 60] } as const satisfies Record<SessionMode, readonly number[]>;

/** The parts of a round the plan gives minutes to; `reveal` is the conversation after the votes are shown. */
export const PLAN_PHASES = ['ontmoeten', 'doen', 'gedoe', 'reveal', 'vieren'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export type PlanBlockKind = 'intro' | 'round' | 'break' | 'closing' | 'debrief';

export interface PlanStep {
  phase: PlanPhase;
  /** Minutes from the start of the session. */
  start: number;
  minutes: number;
}

export interface PlanBlock {
  kind: PlanBlockKind;
  /** Minutes from the start of the session. */
  start: number;
  minutes: number;
  /** Round blocks: the round's number and its phases. */
  round?: number;
  steps?: PlanStep[];
}

export interface SessionPlan {
  mode: SessionMode;
  length: number;
  rounds: number;
  /**
   * Timer seconds for the phases where a team acts (Doen, the vote). The conversation phases (Ontmoeten, the
   * talk after the reveal, Vieren & Leren) are planned but not timed: a timer never cuts a conversation off.
   */
  timers: { ontmoeten: null; doen: number | null; gedoe: number; reveal: null; vieren: null; afsluiten: null };
  blocks: PlanBlock[];
}

interface Recipe {
  intro: number;
  rounds: number;
  round: Record<PlanPhase, number>;
  /** Minutes of break and the round after which it comes; 0 = no break. */
  breakMinutes: number;
  closing: number;
  debrief: number;
}

// Each recipe adds up to its length exactly (a test checks it). Longer sessions get longer rounds, a break,
// and more time for the closing reflection and the debrief: the conversation grows with the time.
const RECIPES: Record<SessionMode, Record<number, Recipe>> = {
  full: {
    60: { intro: 7, rounds: 3, round: { ontmoeten: 1, doen: 4, gedoe: 3, reveal: 2, vieren: 2 }, breakMinutes: 0, closing: 5, debrief: 12 },
    90: { intro: 10, rounds: 4, round: { ontmoeten: 2, doen: 4, gedoe: 3, reveal: 3, vieren: 2 }, breakMinutes: 0, closing: 8, debrief: 16 },
    120: { intro: 12, rounds: 5, round: { ontmoeten: 2, doen: 4, gedoe: 3, reveal: 3, vieren: 2 }, breakMinutes: 10, closing: 10, debrief: 18 },
    180: { intro: 15, rounds: 7, round: { ontmoeten: 2, doen: 5, gedoe: 3, reveal: 3, vieren: 2 }, breakMinutes: 15, closing: 15, debrief: 30 },
  },
  // No board: a round is the vote, the conversation about the reveal, and the harvest.
  dilemmas: {
    30: { intro: 4, rounds: 3, round: { ontmoeten: 0, doen: 0, gedoe: 2, reveal: 2, vieren: 2 }, breakMinutes: 0, closing: 4, debrief: 4 },
    45: { intro: 5, rounds: 4, round: { ontmoeten: 0, doen: 0, gedoe: 2, reveal: 3, vieren: 2 }, breakMinutes: 0, closing: 5, debrief: 7 },
    60: { intro: 6, rounds: 5, round: { ontmoeten: 0, doen: 0, gedoe: 2, reveal: 3, vieren: 2 }, breakMinutes: 0, closing: 7, debrief: 12 },
  },
};

export const isSessionLength = (mode: SessionMode, length: number) => (SESSION_LENGTHS[mode] as readonly number[]).includes(length);

/** The plan for a session of this length; throws for a length the mode does not offer (validate first). */
export function sessionPlan(mode: SessionMode, length: number): SessionPlan {
  const recipe = RECIPES[mode][length];
  if (!recipe) throw new Error(`no ${mode} session of ${length} minutes (choose ${SESSION_LENGTHS[mode].join(', ')})`);
  const blocks: PlanBlock[] = [];
  let at = 0;
  const add = (block: Omit<PlanBlock, 'start'>) => {
    blocks.push({ ...block, start: at });
    at += block.minutes;
  };
  add({ kind: 'intro', minutes: recipe.intro });
  // The break comes halfway, after the round that ends nearest to the middle of the rounds.
  const breakAfter = recipe.breakMinutes > 0 ? Math.ceil(recipe.rounds / 2) : 0;
  for (let round = 1; round <= recipe.rounds; round++) {
    const steps: PlanStep[] = [];
    let stepAt = at;
    for (const phase of PLAN_PHASES) {
      const minutes = recipe.round[phase];
      if (minutes === 0) continue;
      steps.push({ phase, start: stepAt, minutes });
      stepAt += minutes;
    }
    add({ kind: 'round', round, minutes: stepAt - at, steps });
    if (round === breakAfter) add({ kind: 'break', minutes: recipe.breakMinutes });
  }
  add({ kind: 'closing', minutes: recipe.closing });
  add({ kind: 'debrief', minutes: recipe.debrief });
  return {
    mode,
    length,
    rounds: recipe.rounds,
    timers: {
      ontmoeten: null,
      doen: recipe.round.doen > 0 ? recipe.round.doen * 60 : null,
      gedoe: recipe.round.gedoe * 60,
      reveal: null,
      vieren: null,
      afsluiten: null,
    },
    blocks,
  };
}
