// The balance table for the README: every strategy's win rate for every team and round count on each seed,
// the card ablation on one representative configuration, and which bands hold.
import type { Deck } from '../cards/schema.ts';
import { STRATEGY_NAMES, type Strategy } from '../bots/strategies.ts';
import { cardAblation, dialogueBonusDelta, strategiesReport, strategyStats, type CardStats, type Config, type StrategyStats } from './balance.ts';
import { cardBandProblems, strategyBandProblems } from './bands.ts';

export interface TableOptions {
  teams: number[];
  rounds: number[];
  seeds: number[];
  games: number;
  /** The configuration and games per side for the card ablation. */
  ablation: { teams: number; rounds: number; games: number };
  /** Called after each finished cell, for progress on stderr. */
  progress?: (done: string) => void;
}

interface Cell {
  stats: Record<Strategy, StrategyStats>;
  dialogueBonusDelta: number;
  problems: string[];
}

function measureCell(deck: Deck, c: Config): Cell {
  const outcomes = strategiesReport(deck, c);
  const stats = Object.fromEntries(STRATEGY_NAMES.map((s) => [s, strategyStats(outcomes[s])])) as Record<Strategy, StrategyStats>;
  const bonus = dialogueBonusDelta(deck, c, outcomes.sensible);
  return { stats, dialogueBonusDelta: bonus, problems: strategyBandProblems(stats, bonus) };
}

const pct = (rate: number) => String(Math.round(rate * 100));
const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

export function balanceTable(deck: Deck, o: TableOptions): { markdown: string; problems: number } {
  const seeds = o.seeds.join(' / ');
  const lines = [
    `Win rate in % per strategy (each played by all teams), seed ${seeds}; ${o.games} games per strategy and cell.`,
    '',
    `| teams | rounds | ${STRATEGY_NAMES.join(' | ')} | dialogue bonus Δ | out of band |`,
    `|---|---|${STRATEGY_NAMES.map(() => '---|').join('')}---|---|`,
  ];
  let problems = 0;
  for (const teams of o.teams) {
    for (const rounds of o.rounds) {
      const cells = o.seeds.map((seed) => measureCell(deck, { teams, rounds, seed, games: o.games }));
      const rates = STRATEGY_NAMES.map((s) => cells.map((c) => pct(c.stats[s].winRate)).join(' / '));
      const bonus = cells.map((c) => signed(c.dialogueBonusDelta)).join(' / ');
      const out = cells.flatMap((c, i) => c.problems.map((p) => `${p} (${o.seeds[i]})`));
      problems += out.length;
      lines.push(`| ${teams} | ${rounds} | ${rates.join(' | ')} | ${bonus} | ${out.join('; ') || '–'} |`);
      o.progress?.(`${teams} teams, ${rounds} rounds`);
    }
  }
  const a = o.ablation;
  const cards = cardAblation(deck, { teams: a.teams, rounds: a.rounds, seed: o.seeds[0]!, games: a.games });
  const cardProblems = cardBandProblems(cards);
  problems += cardProblems.length;
  lines.push('', ...cardTable(cards, a, o.seeds[0]!), '', `Cards out of band: ${cardProblems.join('; ') || 'none'}.`);
  return { markdown: lines.join('\n'), problems };
}

function cardTable(cards: Record<string, CardStats>, a: TableOptions['ablation'], seed: number): string[] {
  const numbers = Object.keys(cards);
  return [
    `Principle cards, by ablation (sensible bots, ${a.teams} teams, ${a.rounds} rounds, seed ${seed}, ${a.games} games with and ${a.games} without each card):`,
    '',
    `| card | ${numbers.join(' | ')} |`,
    `|---|${numbers.map(() => '---|').join('')}`,
    `| played per game | ${numbers.map((n) => cards[n]!.playedPerGame.toFixed(2)).join(' | ')} |`,
    `| win-rate Δ (points) | ${numbers.map((n) => signed(cards[n]!.winRateDelta)).join(' | ')} |`,
  ];
}
