// Building blocks for candidate actions (legalActions and the principle table): placements, one-token amounts
// and one-for-one swaps. Candidates are proposals; check() stays the judge.
import { TOKEN_TYPES, type TokenType } from '../vocabulary.ts';
import { freeLocations } from './initiatives.ts';
import { activeTeams, initiativeCard } from './lookup.ts';
import type { GameState, TeamState } from './types.ts';

/**
 * Every market initiative on every free location that fits it, each made into a candidate by `make` (no
 * intermediate list: legalActions and principle 1 build their candidates straight from it).
 */
export function placements<T>(state: GameState, make: (initiative: string, location: string) => T): T[] {
  const free = freeLocations(state);
  const result: T[] = [];
  for (const initiative of state.market) {
    const types = initiativeCard(state, initiative).locationTypes;
    for (const l of free) if (types.includes(l.type)) result.push(make(initiative, l.id));
  }
  return result;
}

/** One token of each type, shared by all candidates (actions are never changed after they are made). */
export const ONE = Object.fromEntries(TOKEN_TYPES.map((t) => [t, Object.freeze({ [t]: 1 })])) as Record<TokenType, Readonly<Partial<Record<TokenType, number>>>>;

export const oneForOne = (give: TokenType, take: TokenType) => ({ give: ONE[give], take: ONE[take] });

/** One-for-one swaps with other teams; only types this team holds can be given (and, when the swap is immediate, taken only what the other holds). */
export function swaps(state: GameState, team: TeamState, immediate: boolean) {
  const result: { other: string; give: TokenType; take: TokenType }[] = [];
  const giveable = TOKEN_TYPES.filter((t) => team.tokens[t] > 0);
  for (const other of activeTeams(state)) {
    if (other.id === team.id) continue;
    for (const give of giveable) {
      for (const take of TOKEN_TYPES) if (give !== take && (!immediate || other.tokens[take] > 0)) result.push({ other: other.id, give, take });
    }
  }
  return result;
}
