// Token trades between teams in the Doen phase: offer, accept or decline, cancel.
import type { TeamAction } from '../protocol/actions.ts';
import { fail, findTeam } from './lookup.ts';
import { addTokens, hasTokens, isEmpty, toTokens } from './tokens.ts';
import { TUNING } from './tuning.ts';
import type { GameEvent, GameState, RuleError, TeamState } from './types.ts';

type Offer = Extract<TeamAction, { type: 'offerTrade' }>;
type Answer = Extract<TeamAction, { type: 'answerTrade' }>;

export function checkOffer(state: GameState, team: TeamState, a: Offer): RuleError | null {
  const other = findTeam(state, a.to);
  if (!other || other.removed || other.id === team.id) return fail('chooseOtherTeam');
  if (isEmpty(a.give) || isEmpty(a.want)) return fail('tradeNeedsBothSides');
  if (!hasTokens(team.tokens, a.give)) return fail('notEnoughTokens');
  let open = 0;
  for (const t of state.trades) if (t.from === team.id) open++;
  if (open >= TUNING.maxOpenTradesPerTeam) {
    return fail('tooManyOffers', { max: TUNING.maxOpenTradesPerTeam });
  }
  return null;
}

export function offer(state: GameState, team: TeamState, a: Offer, events: GameEvent[]) {
  const id = state.nextTradeId++;
  state.trades.push({ id, from: team.id, to: a.to, give: toTokens(a.give), want: toTokens(a.want) });
  events.push({ type: 'tradeOffered', trade: id, from: team.id, to: a.to });
}

export function checkAnswer(state: GameState, team: TeamState, a: Answer): RuleError | null {
  const trade = state.trades.find((t) => t.id === a.offer && t.to === team.id);
  if (!trade) return fail('unknownOffer');
  if (!a.accept) return null;
  if (!hasTokens(team.tokens, trade.want)) return fail('notEnoughTokens');
  return hasTokens(findTeam(state, trade.from)!.tokens, trade.give) ? null : fail('otherTeamLacksTokens');
}

export function answer(state: GameState, team: TeamState, a: Answer, events: GameEvent[]) {
  const trade = state.trades.find((t) => t.id === a.offer)!;
  state.trades = state.trades.filter((t) => t !== trade);
  if (a.accept) {
    const from = findTeam(state, trade.from)!;
    addTokens(from.tokens, trade.give, -1);
    addTokens(team.tokens, trade.give);
    addTokens(team.tokens, trade.want, -1);
    addTokens(from.tokens, trade.want);
  }
  events.push({ type: 'tradeClosed', trade: trade.id, accepted: a.accept });
}

export function checkCancel(state: GameState, team: TeamState, offerId: number): RuleError | null {
  return state.trades.some((t) => t.id === offerId && t.from === team.id) ? null : fail('unknownOffer');
}

export function cancel(state: GameState, offerId: number, events: GameEvent[]) {
  state.trades = state.trades.filter((t) => t.id !== offerId);
  events.push({ type: 'tradeClosed', trade: offerId, accepted: false });
}
