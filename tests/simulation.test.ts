// Bots and the balance simulation: bots play whole games through legal actions; choices matter.
import { describe, expect, it } from 'vitest';
import { STRATEGY_NAMES } from '../shared/bots/strategies.ts';
import { TUNING } from '../shared/engine/tuning.ts';
import { runGames } from '../shared/sim/balance.ts';
import { playGame } from '../shared/sim/play-game.ts';
import { runScript } from './helpers/cli.ts';
import { deck } from './helpers/deck.ts';

describe('bots', () => {
  it('play a whole game to its end with any number of teams', () => {
    for (const teams of [1, 2, 6]) {
      const state = playGame(deck, { scenario: 'de-stadswijk', rounds: 5, bots: Array(teams).fill('sensible'), seed: teams });
      expect(state.phase).toBe('ended');
      expect(state.rounds).toHaveLength(5);
      expect(state.projects.some((p) => p.realised)).toBe(true);
    }
  });

  it('every strategy plays whole games to their end', () => {
    for (const strategy of STRATEGY_NAMES) {
      const state = playGame(deck, { scenario: 'het-dorp', rounds: 3, bots: [strategy, strategy, strategy], seed: 5 });
      expect(state.phase, strategy).toBe('ended');
      expect(state.rounds, strategy).toHaveLength(3);
    }
  });

  it('are deterministic: the same seed gives the same game', () => {
    const a = playGame(deck, { scenario: 'het-dorp', rounds: 5, bots: ['sensible', 'random', 'greedy'], seed: 42 });
    const b = playGame(deck, { scenario: 'het-dorp', rounds: 5, bots: ['sensible', 'random', 'greedy'], seed: 42 });
    expect(b.history).toEqual(a.history);
    expect(b.cp).toBe(a.cp);
  });

  it('take turns from a different seat in every game, so no seat always moves first', () => {
    const outcomes = runGames(deck, 'sensible', { teams: 3, rounds: 3, games: 6, seed: 4 });
    expect(outcomes.map((o) => o.firstTeam)).toEqual(['t1', 't2', 't3', 't1', 't2', 't3']);
  });

  it('sensible bots build far more community power and win far more often than random ones (choices matter)', () => {
    const config = { teams: 4, rounds: 5, games: 30, seed: 9 };
    const sensible = runGames(deck, 'sensible', config);
    const random = runGames(deck, 'random', config);
    const mean = (list: typeof sensible) => list.reduce((s, o) => s + o.cp, 0) / list.length;
    const wins = (list: typeof sensible) => list.filter((o) => o.won).length;
    expect(mean(sensible)).toBeGreaterThan(2 * mean(random));
    expect(wins(sensible)).toBeGreaterThanOrEqual(wins(random) + 6);
  });
});

// Each test starts the script in its own process: allow for a busy machine (nothing here measures speed).
describe('npm run simulate', { timeout: 60_000 }, () => {
  it('prints one JSON object with every strategy, every card by ablation and the dialogue bonus', () => {
    const { code, stdout, stderr } = runScript('simulate.ts', ['--games', '4', '--seed', '3', '--teams', '2', '--rounds', '3', '--ablation-games', '2', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ games: 4, teams: 2, rounds: 3, seed: 3, ablationGames: 2 });
    expect(Object.keys(report.strategies).sort()).toEqual([...STRATEGY_NAMES].sort());
    for (const s of STRATEGY_NAMES) {
      expect(report.strategies[s].winRate).toBeGreaterThanOrEqual(0);
      expect(report.strategies[s].winRate).toBeLessThanOrEqual(1);
      expect(report.strategies[s].meanCp).toEqual(expect.any(Number));
    }
    const numbers = deck.principles.map((p) => String(p.number));
    expect(Object.keys(report.cards).sort()).toEqual([...numbers].sort());
    expect(report.cards[numbers[0]!]).toEqual({ playedPerGame: expect.any(Number), winRateDelta: expect.any(Number) });
    expect(report.dialogueBonusDelta).toEqual(expect.any(Number));
    // v1's fields stay.
    expect(report.bots.sensible).toMatchObject({ games: 4, winRate: expect.any(Number), meanCP: expect.any(Number), sdCP: expect.any(Number) });
    expect(Object.keys(report.principles)).toHaveLength(numbers.length);
  });

  it('prints the balance table for 2 up to the most teams and 3, 5 and 8 rounds, with the card ablation', () => {
    const { code, stdout } = runScript('simulate.ts', ['--table', '--games', '1', '--seeds', '11', '--ablation-games', '1']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => /^\| \d \| \d \|/.test(l));
    expect(rows.map((r) => r.split('|').slice(1, 3).map((x) => x.trim()).join('×'))).toEqual(
      Array.from({ length: TUNING.maxTeams - 1 }, (_, i) => i + 2).flatMap((t) => [3, 5, 8].map((r) => `${t}×${r}`)),
    );
    expect(stdout).toContain(`| ${STRATEGY_NAMES.join(' | ')} |`);
    expect(stdout).toMatch(/\| played per game \|/);
    expect(stdout).toMatch(/\| win-rate Δ \(points\) \|/);
  });

  it('refuses nonsense arguments with a usage line', () => {
    const { code, stderr } = runScript('simulate.ts', ['--games', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run simulate');
  });
});
