// Balance statistics over many simulated games: win rates per strategy, each principle card's effect by
// ablation, and what the dialogue bonus is worth.
import type { Deck } from '../cards/schema.ts';
import { STRATEGY_NAMES, type Strategy } from '../bots/strategies.ts';
import { playGame } from './play-game.ts';
import { gameSeed } from './seeds.ts';

export interface Config {
  teams: number;
  rounds: number;
  /** Games per measurement (per strategy, per side of an ablation). */
  games: number;
  seed: number;
}

export interface GameOutcome {
  won: boolean;
  cp: number;
  /** Every principle card played in the game, in Doen or with a vote. */
  plays: number[];
  /** The team that acted first (seat order rotates from game to game). */
  firstTeam: string | undefined;
}

export interface StrategyStats {
  winRate: number;
  meanCp: number;
}

export interface CardStats {
  playedPerGame: number;
  /** Win rate with the card in the deck minus without it, in percentage points (same seeds). */
  winRateDelta: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * `games` whole games with every team playing one strategy. Game g gets its own seed and scenario, and the seat
 * that acts first moves on by one each game.
 */
export function runGames(deck: Deck, strategy: Strategy, c: Config, extra: { dialogueBonus?: boolean } = {}): GameOutcome[] {
  const scenarios = deck.scenarios.map((s) => s.id);
  const bots = Array<Strategy>(c.teams).fill(strategy);
  const outcomes: GameOutcome[] = [];
  for (let g = 0; g < c.games; g++) {
    const state = playGame(deck, {
      scenario: scenarios[g % scenarios.length]!, rounds: c.rounds, bots, seed: gameSeed(c.seed, g), firstSeat: g % c.teams, ...extra,
    });
    const plays = state.rounds.flatMap((r) => r.principles.map((p) => p.principle));
    const firstTeam = state.history.find((a) => 'team' in a)?.team;
    outcomes.push({ won: state.result!.won, cp: state.cp, plays, firstTeam });
  }
  return outcomes;
}

export const winRate = (list: GameOutcome[]) => list.filter((o) => o.won).length / list.length;

export function strategyStats(outcomes: GameOutcome[]): StrategyStats {
  return { winRate: round(winRate(outcomes)), meanCp: round(outcomes.reduce((s, o) => s + o.cp, 0) / outcomes.length, 1) };
}

/** Every strategy, each played by all teams, on the same seeds. */
export function strategiesReport(deck: Deck, c: Config): Record<Strategy, GameOutcome[]> {
  return Object.fromEntries(STRATEGY_NAMES.map((s) => [s, runGames(deck, s, c)])) as Record<Strategy, GameOutcome[]>;
}

/** The deck without one principle card: the game as it is when nobody can ever play it. */
const withoutPrinciple = (deck: Deck, n: number): Deck => ({ ...deck, principles: deck.principles.filter((c) => c.number !== n) });

/**
 * Each principle card's weight, measured by ablation: sensible games with the whole deck against the same
 * seeds with that card taken out. Sensible bots play most cards in most games, so comparing games where a
 * card happened to be played with games where it was not would measure odd games, not the card.
 */
export function cardAblation(deck: Deck, c: Config, baseline = runGames(deck, 'sensible', c)): Record<string, CardStats> {
  const base = winRate(baseline);
  const result: Record<string, CardStats> = {};
  for (const card of deck.principles) {
    const n = card.number;
    const played = baseline.reduce((s, o) => s + o.plays.filter((p) => p === n).length, 0);
    const without = runGames(withoutPrinciple(deck, n), 'sensible', c);
    result[String(n)] = { playedPerGame: round(played / baseline.length, 2), winRateDelta: round((base - winRate(without)) * 100, 1) };
  }
  return result;
}

/** Win-rate points the dialogue bonus adds when the facilitator awards it every round, against never. */
export function dialogueBonusDelta(deck: Deck, c: Config, never = runGames(deck, 'sensible', c)): number {
  const always = runGames(deck, 'sensible', c, { dialogueBonus: true });
  return round((winRate(always) - winRate(never)) * 100, 1);
}
