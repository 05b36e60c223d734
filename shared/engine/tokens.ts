// Small arithmetic on token records.
import { TOKEN_TYPES, type TokenType, type Tokens } from '../vocabulary.ts';

export type TokenAmounts = Partial<Record<TokenType, number>>;

export const zeroTokens = (): Tokens => ({ energie: 0, handen: 0, netwerk: 0, geld: 0 });
export const toTokens = (a: TokenAmounts = {}): Tokens => ({
  energie: a.energie ?? 0, handen: a.handen ?? 0, netwerk: a.netwerk ?? 0, geld: a.geld ?? 0,
});
// Written out per type: these run for every candidate action the rules and the bots weigh.
export const total = (a: TokenAmounts) => (a.energie ?? 0) + (a.handen ?? 0) + (a.netwerk ?? 0) + (a.geld ?? 0);

export function addTokens(target: Tokens, delta: TokenAmounts, sign = 1): void {
  for (const t of TOKEN_TYPES) target[t] = Math.max(0, target[t] + sign * (delta[t] ?? 0));
}

export const hasTokens = (have: Tokens, need: TokenAmounts) =>
  have.energie >= (need.energie ?? 0) && have.handen >= (need.handen ?? 0) && have.netwerk >= (need.netwerk ?? 0) && have.geld >= (need.geld ?? 0);

export const isEmpty = (a: TokenAmounts) => (a.energie ?? 0) === 0 && (a.handen ?? 0) === 0 && (a.netwerk ?? 0) === 0 && (a.geld ?? 0) === 0;
