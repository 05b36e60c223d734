// Balance statistics over many simulated games: win rates per bot kind and each principle's effect.
import type { Deck } from '../cards/schema.ts';
import type { BotKind } from '../protocol/actions.ts';
import { playGame } from './play-game.ts';

export interface BotStats {
  games: number;
  winRate: number;
  meanCP: number;
  sdCP: number;
}

export interface PrincipleStats {
  played: number;
  /**
   * Win rate of sensible games with this principle in the deck minus the same games (same seeds) without it,
   * in percentage points. Sensible bots play nearly every card in nearly every game, so comparing games where
   * a card happened to be played with games where it was not measures odd games, not the card.
   */
  winRateDelta: number | null;
}

export interface BalanceReport {
  games: number;
  teams: number;
  bots: Record<BotKind, BotStats>;
  principles: Record<string, PrincipleStats>;
}

interface GameOutcome {
  won: boolean;
  cp: number;
  principles: Set<number>;
  plays: number[];
}

export function runGames(deck: Deck, kind: BotKind, teams: number, games: number, seed: number, rounds = 5): GameOutcome[] {
  const scenarios = deck.scenarios.map((s) => s.id);
  const outcomes: GameOutcome[] = [];
  for (let g = 0; g < games; g++) {
    const state = playGame(deck, {
      scenario: scenarios[g % scenarios.length]!, rounds, bots: Array<BotKind>(teams).fill(kind), seed: (seed * 1_000_003 + g) >>> 0,
    });
    const plays = state.rounds.flatMap((r) => r.principles.map((p) => p.principle));
    outcomes.push({ won: state.result!.won, cp: state.cp, principles: new Set(plays), plays });
  }
  return outcomes;
}

function botStats(outcomes: GameOutcome[]): BotStats {
  const n = outcomes.length;
  const mean = outcomes.reduce((s, o) => s + o.cp, 0) / n;
  const variance = outcomes.reduce((s, o) => s + (o.cp - mean) ** 2, 0) / n;
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  return { games: n, winRate: round(outcomes.filter((o) => o.won).length / n), meanCP: round(mean, 1), sdCP: round(Math.sqrt(variance), 1) };
}

const winRate = (list: GameOutcome[]) => list.filter((o) => o.won).length / list.length;

/** The deck without one principle card: what the game is like when nobody can ever play it. */
const withoutPrinciple = (deck: Deck, p: number): Deck => ({ ...deck, principles: deck.principles.filter((c) => c.number !== p) });

/** How often each principle was played, and what removing it from the deck does to the win rate. */
export function principleStats(
  outcomes: GameOutcome[],
  ablations: Record<number, GameOutcome[]>,
): Record<string, PrincipleStats> {
  const result: Record<string, PrincipleStats> = {};
  const base = winRate(outcomes);
  for (let p = 1; p <= 18; p++) {
    const played = outcomes.reduce((s, o) => s + o.plays.filter((x) => x === p).length, 0);
    const without = ablations[p] ?? [];
    const delta = without.length > 0 ? Math.round((base - winRate(without)) * 1000) / 10 : null;
    result[String(p)] = { played, winRateDelta: delta };
  }
  return result;
}

/** Sensible games with each principle removed in turn, on the same seeds as the full-deck games. */
export function runAblations(deck: Deck, teams: number, games: number, seed: number): Record<number, GameOutcome[]> {
  const ablations: Record<number, GameOutcome[]> = {};
  for (let p = 1; p <= 18; p++) ablations[p] = runGames(withoutPrinciple(deck, p), 'sensible', teams, games, seed);
  return ablations;
}

export interface FullReport extends BalanceReport {
  outcomes: Record<BotKind, GameOutcome[]>;
  ablations: Record<number, GameOutcome[]>;
}

/** ablationGames: games per removed principle (the 18 ablations cost 18 times as much as one run). */
export function balanceReport(deck: Deck, teams: number, games: number, seed: number, ablationGames = games): FullReport {
  const sensible = runGames(deck, 'sensible', teams, games, seed);
  const random = runGames(deck, 'random', teams, games, seed + 1);
  const ablations = runAblations(deck, teams, ablationGames, seed);
  const baseline = sensible.slice(0, ablationGames);
  return {
    games, teams,
    bots: { sensible: botStats(sensible), random: botStats(random) },
    principles: principleStats(baseline, ablations),
    outcomes: { sensible, random },
    ablations,
  };
}

export { botStats };
