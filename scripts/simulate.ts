// npm run simulate -- --games N --seed S [--teams K[,K…]] [--rounds R] [--ablation-games M] [--json]
// npm run simulate -- --table [--games N] [--seeds 11,12] [--ablation-games M]
// Plays whole games with bot teams and reports the balance figures: every strategy's win rate, each principle
// card's weight by ablation (M games with and M without each card), and the dialogue bonus. --table prints
// the README's balance table for 2–8 teams and 3, 5 and 8 rounds.
import { parseArgs } from 'node:util';
import { STRATEGY_NAMES, type Strategy } from '../shared/bots/strategies.ts';
import { formatProblem } from '../shared/cards/assemble.ts';
import { loadDeck } from '../shared/cards/read-dir.ts';
import { TUNING } from '../shared/engine/tuning.ts';
import { cardAblation, dialogueBonusDelta, runGames, strategiesReport, strategyStats, type GameOutcome } from '../shared/sim/balance.ts';
import { balanceTable } from '../shared/sim/table.ts';

const { values } = parseArgs({
  options: {
    games: { type: 'string' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '11,12' },
    teams: { type: 'string', default: '2,4,6' },
    rounds: { type: 'string', default: String(TUNING.roundsDefault) },
    json: { type: 'boolean', default: false },
    table: { type: 'boolean', default: false },
    'ablation-games': { type: 'string', default: '2000' },
  },
});
const list = (s: string) => s.split(',').map(Number);
const games = Number(values.games ?? (values.table ? 300 : 500));
const seed = Number(values.seed);
const seeds = list(values.seeds);
const teamCounts = list(values.teams);
const rounds = Number(values.rounds);
const ablationGames = Number(values['ablation-games']);
const whole = (n: number, lo: number, hi = Infinity) => Number.isInteger(n) && n >= lo && n <= hi;
if (
  !whole(games, 1) || !whole(ablationGames, 1) || !Number.isInteger(seed) || !seeds.every(Number.isInteger) ||
  !teamCounts.every((k) => whole(k, 1, TUNING.maxTeams)) || !whole(rounds, TUNING.roundsMin, TUNING.roundsMax)
) {
  console.error(`usage: npm run simulate -- --games N (>= 1) --seed S [--teams K (1-${TUNING.maxTeams}), comma-separated] [--rounds R (${TUNING.roundsMin}-${TUNING.roundsMax})] [--ablation-games M] [--json]`);
  console.error('       npm run simulate -- --table [--games N] [--seeds S,S] [--ablation-games M]');
  process.exit(2);
}

const { deck, problems } = loadDeck();
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

if (values.table) {
  const teams = Array.from({ length: TUNING.maxTeams - 1 }, (_, i) => i + 2);
  const { markdown, problems: outOfBand } = balanceTable(deck, {
    teams, rounds: [3, 5, 8], seeds, games, ablation: { teams: 4, rounds: 5, games: ablationGames },
    progress: (done) => process.stderr.write(`${done}\n`),
  });
  console.log(markdown);
  process.stderr.write(`${outOfBand} figures out of band\n`);
  process.exit(0);
}

/** v1's summary of one strategy: games, win rate, mean and spread of the community power reached. */
function botStats(outcomes: GameOutcome[]) {
  const n = outcomes.length;
  const { winRate, meanCp } = strategyStats(outcomes);
  const sd = Math.sqrt(outcomes.reduce((s, o) => s + (o.cp - meanCp) ** 2, 0) / n);
  return { games: n, winRate, meanCP: meanCp, sdCP: Math.round(sd * 10) / 10 };
}

const timesPlayed = (outcomes: GameOutcome[], n: number) => outcomes.reduce((s, o) => s + o.plays.filter((p) => p === n).length, 0);

function report(teams: number) {
  const c = { teams, rounds, games, seed };
  const outcomes = strategiesReport(deck, c);
  const ablation = { ...c, games: ablationGames };
  const baseline = ablationGames === games ? outcomes.sensible : runGames(deck, 'sensible', ablation);
  const cards = cardAblation(deck, ablation, baseline);
  return {
    games, teams, rounds, seed, ablationGames,
    bots: { sensible: botStats(outcomes.sensible), random: botStats(outcomes.random) },
    // v1's name for the card figures: how often each was played in all the baseline games together.
    principles: Object.fromEntries(Object.entries(cards).map(([n, s]) => [n, { played: timesPlayed(baseline, Number(n)), winRateDelta: s.winRateDelta }])),
    strategies: Object.fromEntries(STRATEGY_NAMES.map((s: Strategy) => [s, strategyStats(outcomes[s])])),
    cards,
    dialogueBonusDelta: dialogueBonusDelta(deck, c, outcomes.sensible),
  };
}

const reports = teamCounts.map(report);

if (values.json) {
  console.log(JSON.stringify(reports.length === 1 ? reports[0] : { games, teams: teamCounts, rounds, seed, byTeams: Object.fromEntries(reports.map((r) => [String(r.teams), r])) }));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`${games} games per strategy and team count, ${rounds} rounds, seed ${seed}; card weights from ${ablationGames} games with and without each card\n`);
  console.log(`teams | ${STRATEGY_NAMES.map((s) => s.padStart(15)).join(' | ')} | dialogue bonus Δ`);
  for (const r of reports) {
    const cells = STRATEGY_NAMES.map((s) => `${pct(r.strategies[s]!.winRate)} ${String(r.strategies[s]!.meanCp).padStart(5)}CP`.padStart(15));
    console.log(`${String(r.teams).padStart(5)} | ${cells.join(' | ')} | ${r.dialogueBonusDelta}`);
  }
  console.log('\ncard | played per game (sensible) | win-rate delta (points), per team count');
  for (const n of Object.keys(reports[0]!.cards)) {
    const played = reports.map((r) => r.cards[n]!.playedPerGame.toFixed(2)).join(' ');
    const deltas = reports.map((r) => r.cards[n]!.winRateDelta.toFixed(1).padStart(5)).join(' ');
    console.log(`${n.padStart(4)} | ${played.padStart(26)} | ${deltas}`);
  }
}
