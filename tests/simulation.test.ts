// Bots and the balance simulation: bots play whole games through legal actions; choices matter.
import { describe, expect, it } from 'vitest';
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

  it('are deterministic: the same seed gives the same game', () => {
    const a = playGame(deck, { scenario: 'het-dorp', rounds: 5, bots: ['sensible', 'random', 'sensible'], seed: 42 });
    const b = playGame(deck, { scenario: 'het-dorp', rounds: 5, bots: ['sensible', 'random', 'sensible'], seed: 42 });
    expect(b.history).toEqual(a.history);
    expect(b.cp).toBe(a.cp);
  });

  it('sensible bots build far more community power than random ones (choices matter)', () => {
    const mean = (kind: 'sensible' | 'random') => runGames(deck, kind, 4, 30, 9).reduce((s, o) => s + o.cp, 0) / 30;
    expect(mean('sensible')).toBeGreaterThan(2 * mean('random'));
  });
});

describe('npm run simulate', () => {
  it('prints one JSON object with win rates per bot kind and every principle', () => {
    const { code, stdout, stderr } = runScript('simulate.ts', ['--games', '6', '--seed', '3', '--teams', '2', '--ablation-games', '2', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ games: 6, teams: 2 });
    for (const kind of ['sensible', 'random']) {
      expect(report.bots[kind].winRate).toBeGreaterThanOrEqual(0);
      expect(report.bots[kind].winRate).toBeLessThanOrEqual(1);
      expect(report.bots[kind].meanCP).toEqual(expect.any(Number));
    }
    expect(Object.keys(report.principles)).toHaveLength(18);
    expect(report.principles['1']).toEqual({ played: expect.any(Number), winRateDelta: expect.any(Number) });
  });

  it('refuses nonsense arguments with a usage line', () => {
    const { code, stderr } = runScript('simulate.ts', ['--games', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run simulate');
  });
});
