// What a vote does: the option's cost and effects as strengthened by the principle card argued with it
// (PRINCIPLES[...].withVote). One function for the engine's reveal and for the bots that weigh their votes.
import type { Dilemma, DilemmaEffect, DilemmaOption } from '../cards/schema.ts';
import { fail, type RuleError } from './errors.ts';
import { cardFitsVote, effectOf, rulesOf } from './principles.ts';
import type { TokenAmounts } from './tokens.ts';
import type { GameState, TeamState } from './types.ts';

export interface VoteOutcome {
  /** Tokens the team pays. */
  cost: TokenAmounts;
  /** Effects on the team (and, through Vertrouwen, the neighbourhood); within the per-dilemma trust swing. */
  effects: DilemmaEffect[];
  /** Vertrouwen the principle card adds on top of the swing cap. */
  extraTrust: number;
}

/** Why this principle card cannot go with a vote for this option, or null. */
export function checkWithVote(state: GameState, card: Dilemma, option: DilemmaOption, principle: number): RuleError | null {
  if (cardFitsVote(state, principle, card, option)) return null;
  return effectOf(state, principle) === 'dialoog' ? fail('needsTalkOption') : fail('principleDoesNotApply');
}

/** The option's outcome for a deciding team that voted for it, with the principle card it argued (already checked). */
export function voteEffects(state: GameState, team: TeamState, card: Dilemma, option: DilemmaOption, principle: number | null): VoteOutcome {
  const outcome: VoteOutcome = { cost: option.cost, effects: [...option.effects, ...option.hidden], extraTrust: 0 };
  if (principle === null) return outcome;
  return rulesOf(state, principle).withVote.apply(outcome, { state, team, card, option });
}
