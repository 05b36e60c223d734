// npm run simulate -- --games N --seed S [--teams K] [--json]
// Plays whole games with bot teams and reports the balance figures. Without --teams: 2, 4 and 6 teams.
import { parseArgs } from 'node:util';
import { formatProblem } from '../shared/cards/assemble.ts';
import { loadDeck } from '../shared/cards/read-dir.ts';
import { balanceReport, botStats, principleStats } from '../shared/sim/balance.ts';

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    teams: { type: 'string' },
    json: { type: 'boolean', default: false },
    'ablation-games': { type: 'string' },
  },
});
const games = Number(values.games);
const seed = Number(values.seed);
// Each principle's effect is measured on the same seeds with that card removed: 18 extra runs per team count.
const ablationGames = Math.min(games, Number(values['ablation-games'] ?? 500));
const teamCounts = values.teams ? [Number(values.teams)] : [2, 4, 6];
if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed) || teamCounts.some((k) => !Number.isInteger(k) || k < 1 || k > 6)) {
  console.error('usage: npm run simulate -- --games N (>= 1) --seed S [--teams K (1-6)] [--json]');
  process.exit(2);
}

const { deck, problems } = loadDeck();
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const reports = teamCounts.map((k) => balanceReport(deck, k, games, seed, ablationGames));
const strip = ({ outcomes: _o, ablations: _a, ...rest }: (typeof reports)[number]) => rest;

if (values.json) {
  if (reports.length === 1) {
    console.log(JSON.stringify(strip(reports[0]!)));
  } else {
    const sensible = reports.flatMap((r) => r.outcomes.sensible);
    const random = reports.flatMap((r) => r.outcomes.random);
    console.log(JSON.stringify({
      games, teams: teamCounts,
      bots: { sensible: botStats(sensible), random: botStats(random) },
      principles: principleStats(
        reports.flatMap((r) => r.outcomes.sensible.slice(0, ablationGames)),
        Object.fromEntries(Array.from({ length: 18 }, (_, i) => [i + 1, reports.flatMap((r) => r.ablations[i + 1]!)])),
      ),
      byTeams: Object.fromEntries(reports.map((r) => [String(r.teams), strip(r)])),
    }));
  }
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`${games} games per bot kind and team count, seed ${seed}; principle effects from ${ablationGames} games per removed card\n`);
  console.log('teams | sensible win | sensible CP (sd) | random win | random CP (sd)');
  for (const r of reports) {
    const s = r.bots.sensible;
    const q = r.bots.random;
    console.log(`${String(r.teams).padStart(5)} | ${pct(s.winRate).padStart(12)} | ${`${s.meanCP} (${s.sdCP})`.padStart(16)} | ${pct(q.winRate).padStart(10)} | ${q.meanCP} (${q.sdCP})`);
  }
  console.log('\nprinciple | played (sensible) | win-rate delta (points), per team count');
  for (let p = 1; p <= 18; p++) {
    const played = reports.reduce((s, r) => s + r.principles[String(p)]!.played, 0);
    const deltas = reports.map((r) => r.principles[String(p)]!.winRateDelta ?? NaN).map((d) => (Number.isNaN(d) ? '  n/a' : d.toFixed(1).padStart(5)));
    console.log(`${String(p).padStart(9)} | ${String(played).padStart(17)} | ${deltas.join(' ')}`);
  }
}
