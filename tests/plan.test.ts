// The session plan: lengths → rounds, timers, blocks; the standing against the clock; the plan in words.
import { describe, expect, it } from 'vitest';
import { SESSION_LENGTHS, SESSION_MODES, sessionPlan } from '../shared/plan/plan.ts';
import { momentStarts } from '../shared/plan/progress.ts';
import { standing } from '../shared/plan/standing.ts';
import { planMarkdown, promptFor, standingText } from '../shared/plan/words.ts';
import { SEED, must, newGame } from './helpers/game.ts';
import { deck } from './helpers/deck.ts';

const MIN = 60_000;

describe('the session plan', () => {
  for (const mode of SESSION_MODES) {
    for (const length of SESSION_LENGTHS[mode]) {
      it(`${mode}, ${length} minutes: blocks follow each other without gaps and end at ${length}`, () => {
        const plan = sessionPlan(mode, length);
        let at = 0;
        for (const block of plan.blocks) {
          expect(block.start).toBe(at);
          const steps = block.steps ?? [];
          if (steps.length) expect(steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(block.minutes);
          at += block.minutes;
        }
        expect(at).toBe(length);
        expect(plan.blocks.filter((b) => b.kind === 'round')).toHaveLength(plan.rounds);
        expect(plan.rounds).toBeGreaterThanOrEqual(3);
        expect(plan.rounds).toBeLessThanOrEqual(8);
        expect(plan.blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(['intro', 'closing', 'debrief']));
        expect(plan.blocks.at(-1)!.kind).toBe('debrief');
      });
    }
  }

  it('gives longer sessions more rounds, a break halfway, and more time to talk afterwards', () => {
    const [p60, p90, p120, p180] = SESSION_LENGTHS.full.map((n) => sessionPlan('full', n));
    expect([p60!.rounds, p90!.rounds, p120!.rounds, p180!.rounds]).toEqual([3, 4, 5, 7]);
    expect(p60!.blocks.some((b) => b.kind === 'break')).toBe(false);
    expect(p90!.blocks.some((b) => b.kind === 'break')).toBe(false);
    const kinds = p120!.blocks.map((b) => (b.kind === 'round' ? `r${b.round}` : b.kind));
    expect(kinds).toEqual(['intro', 'r1', 'r2', 'r3', 'break', 'r4', 'r5', 'closing', 'debrief']);
    const debrief = (p: typeof p60) => p!.blocks.find((b) => b.kind === 'debrief')!.minutes;
    expect(debrief(p180)).toBeGreaterThan(debrief(p60));
  });

  it('sets timers only where teams act (Doen, the vote), never on a conversation', () => {
    const plan = sessionPlan('full', 90);
    expect(plan.timers).toEqual({ ontmoeten: null, doen: 240, gedoe: 180, reveal: null, vieren: null, afsluiten: null });
    const dilemmas = sessionPlan('dilemmas', 45);
    expect(dilemmas.timers.doen).toBeNull();
    expect(dilemmas.blocks.find((b) => b.kind === 'round')!.steps!.map((s) => s.phase)).toEqual(['gedoe', 'reveal', 'vieren']);
  });

  it('refuses a length the mode does not offer', () => {
    expect(() => sessionPlan('full', 45)).toThrow(/60, 90, 120, 180/);
    expect(() => sessionPlan('dilemmas', 180)).toThrow();
  });
});

describe('the standing against the clock', () => {
  const plan = sessionPlan('full', 90);
  // Minute 0 of the session is the game's start minus the 10-minute introduction.
  const startedAt = 1_000_000_000_000;
  const zero = startedAt - 10 * MIN;

  it('is on schedule when a phase starts when planned', () => {
    const s = standing(plan, { phase: 'doen', round: 1, revealed: false }, { startedAt, momentStartedAt: zero + 12 * MIN, now: zero + 13 * MIN });
    expect(s.moment).toBe('doen');
    expect([s.plannedStart, s.plannedEnd]).toEqual([12, 16]);
    expect(s.lateMinutes).toBe(0);
    expect(standingText('nl', s.lateMinutes)).toBe('Op schema');
  });

  it('says "6 min achter" when round 2 begins six minutes late', () => {
    // Round 2 is planned at minute 24.
    const s = standing(plan, { phase: 'ontmoeten', round: 2, revealed: false }, { startedAt, momentStartedAt: zero + 30 * MIN, now: zero + 30.5 * MIN });
    expect(s.plannedStart).toBe(24);
    expect(s.lateMinutes).toBe(6);
    expect(standingText('nl', s.lateMinutes)).toBe('6 min achter');
    expect(standingText('en', s.lateMinutes)).toBe('6 min behind');
  });

  it('counts a phase that runs past its planned end as behind, and an early one as ahead', () => {
    const overrun = standing(plan, { phase: 'doen', round: 1, revealed: false }, { startedAt, momentStartedAt: zero + 12 * MIN, now: zero + 20 * MIN });
    expect(overrun.lateMinutes).toBe(4);
    const early = standing(plan, { phase: 'gedoe', round: 1, revealed: true }, { startedAt, momentStartedAt: zero + 16 * MIN, now: zero + 16.5 * MIN });
    expect(early.moment).toBe('reveal');
    expect(early.lateMinutes).toBe(-3);
    expect(standingText('nl', early.lateMinutes)).toBe('3 min voor');
  });

  it('has no figure before the game starts, and shows the introduction', () => {
    const s = standing(plan, { phase: 'lobby', round: 0, revealed: false }, { startedAt: null, momentStartedAt: null, now: zero });
    expect(s.moment).toBe('intro');
    expect(s.lateMinutes).toBeNull();
  });

  it('puts the closing phase and the end of the game on the closing reflection and the debrief', () => {
    const times = { startedAt, momentStartedAt: zero + 66 * MIN, now: zero + 67 * MIN };
    expect(standing(plan, { phase: 'closing', round: 4, revealed: false }, times).moment).toBe('closing');
    expect(standing(plan, { phase: 'ended', round: 4, revealed: false }, times).moment).toBe('debrief');
  });
});

describe('moments read from the action log', () => {
  it('records when each phase began, the reveal included', () => {
    const game = newGame(2, 'het-dorp', 3);
    const actions = [{ type: 'start' }, { type: 'next' }, { type: 'next' }, { type: 'next' }] as const;
    const log = actions.map((action, i) => ({ at: 1000 * (i + 1), action }));
    for (const a of actions) must(game, a);
    const lobbyLog = game.history.slice(0, 2).map((action) => ({ at: 0, action }));
    const starts = momentStarts(deck, { scenario: 'het-dorp', rounds: 3, language: 'nl' }, SEED, [...lobbyLog, ...log]);
    expect(starts.map((s) => `${s.round}:${s.phase}${s.revealed ? ':reveal' : ''}@${s.at}`)).toEqual(['1:ontmoeten@1000', '1:doen@2000', '1:gedoe@3000', '1:gedoe:reveal@4000']);
  });
});

describe('the plan in words', () => {
  it('has a prompt for every moment in both languages, own words for dilemma-only sessions', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const moment of ['intro', 'ontmoeten', 'doen', 'gedoe', 'reveal', 'vieren', 'break', 'closing', 'debrief'] as const) {
        expect(promptFor(lang, 'full', moment)).not.toMatch(/^plan\./);
      }
    }
    expect(promptFor('nl', 'dilemmas', 'intro')).not.toBe(promptFor('nl', 'full', 'intro'));
    expect(promptFor('nl', 'dilemmas', 'reveal')).toBe(promptFor('nl', 'full', 'reveal'));
  });

  it('prints as a Markdown timetable with every block and its phases, then each prompt once', () => {
    const md = planMarkdown('nl', sessionPlan('full', 120));
    expect(md).toContain('## Draaiboek');
    expect(md).toContain('| 0–12 min | **Introductie van de principes** |');
    expect(md).toContain('| 12–26 min | **Ronde 1** | Ontmoeten 2 · Doen 4 · Stemmen over het dilemma 3 · Gesprek over de stemmen 3 · Vieren & Leren, oogst 2 |');
    expect(md).toContain('**Pauze**');
    expect(md).toContain('**Nabespreking**');
    expect(md).toContain('120 minuten, 5 rondes');
    expect(md.match(new RegExp(promptFor('nl', 'full', 'reveal').slice(0, 30), 'g'))).toHaveLength(1);
  });
});
