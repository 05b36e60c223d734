// The balance bands of the rulebook (docs/rules.md, "Balance"), as checks that name what is out of band.
import { SAME_OPTION_STRATEGIES, type Strategy } from '../bots/strategies.ts';
import type { CardStats, StrategyStats } from './balance.ts';

const pts = (rate: number) => rate * 100;

/** What is out of band in one configuration (one team count, round count and seed); empty when all hold. */
export function strategyBandProblems(stats: Record<Strategy, StrategyStats>, dialogueBonusDelta: number): string[] {
  const problems: string[] = [];
  const sensible = pts(stats.sensible.winRate);
  if (sensible < 40 || sensible > 75) problems.push('sensible outside 40–75');
  if (pts(stats.random.winRate) >= 25) problems.push('random ≥ 25');
  for (const [name, s] of Object.entries(stats) as [Strategy, StrategyStats][]) {
    if (name === 'sensible' || name === 'random') continue;
    if (pts(s.winRate) > 75) problems.push(`${name} > 75`);
    else if (pts(s.winRate) > sensible + 10) problems.push(`${name} > sensible + 10`);
  }
  if (pts(stats['never-cooperate'].winRate) > sensible / 2) problems.push('never-cooperate > ½ sensible');
  for (const name of SAME_OPTION_STRATEGIES) if (pts(stats[name].winRate) > sensible - 10) problems.push(`${name} > sensible − 10`);
  if (Math.abs(dialogueBonusDelta) > 10) problems.push('dialogue bonus > 10');
  return problems;
}

/** Cards whose effect is too strong (> 15 points either way) or dead (rarely played, or the deck wins more without it). */
export function cardBandProblems(cards: Record<string, CardStats>): string[] {
  const problems: string[] = [];
  for (const [n, c] of Object.entries(cards)) {
    if (Math.abs(c.winRateDelta) > 15) problems.push(`card ${n} moves the win rate ${c.winRateDelta} points`);
    if (c.playedPerGame < 0.3) problems.push(`card ${n} played ${c.playedPerGame}× a game`);
    if (c.winRateDelta < -2) problems.push(`card ${n}: the deck wins ${-c.winRateDelta} points more without it`);
  }
  return problems;
}
