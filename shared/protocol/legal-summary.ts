// A compact form of legalActions for one team, sent to its devices so that the client can highlight what the
// rules allow without holding any rules itself.
import type { TeamAction } from './actions.ts';
import type { TokenType } from '../vocabulary.ts';

export interface LegalSummary {
  /** initiative → locations it may be claimed on now */
  claim: Record<string, string[]>;
  /** initiative → token types it may be funded with now */
  fund: Record<string, TokenType[]>;
  /** principle → the plays allowed (each a ready-to-send intent without its type) */
  play: Record<string, Omit<Extract<TeamAction, { type: 'play' }>, 'type' | 'team'>[]>;
  /** option → whether it may be voted for without a card (null in the list) and which principle cards may go with it */
  vote: Record<string, (number | null)[]>;
  /** The team's current vote may be locked now. */
  lockVote: boolean;
  /** The team may write (or change) its harvest line now (Vieren & Leren). */
  harvest: boolean;
  /** The closing questions the team may answer now (0, 1). */
  closing: (0 | 1)[];
  trades: { answer: number[]; cancel: number[] };
  ready: boolean | null;
}

export function summariseLegal(actions: TeamAction[]): LegalSummary {
  const summary: LegalSummary = {
    claim: {}, fund: {}, play: {}, vote: {}, lockVote: false, harvest: false, closing: [], trades: { answer: [], cancel: [] }, ready: null,
  };
  for (const a of actions) {
    switch (a.type) {
      case 'claim': (summary.claim[a.initiative] ??= []).push(a.location); break;
      case 'fund': for (const t of Object.keys(a.tokens) as TokenType[]) (summary.fund[a.initiative] ??= []).push(t); break;
      case 'play': {
        const { type: _t, team: _team, ...rest } = a;
        (summary.play[a.principle] ??= []).push(rest);
        break;
      }
      case 'vote': (summary.vote[a.option] ??= []).push(a.principle ?? null); break;
      case 'lockVote': summary.lockVote = true; break;
      case 'harvest': summary.harvest = true; break;
      case 'closingAnswer': summary.closing.push(a.question); break;
      case 'answerTrade': if (!summary.trades.answer.includes(a.offer)) summary.trades.answer.push(a.offer); break;
      case 'cancelTrade': summary.trades.cancel.push(a.offer); break;
      case 'ready': summary.ready = a.ready; break;
      default: break;
    }
  }
  return summary;
}
