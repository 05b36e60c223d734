// What a vote does: the option's cost and effects as changed by the principle card argued with it. One
// function for the engine's reveal and for the bots that weigh their votes.
import type { Dilemma, DilemmaEffect, DilemmaOption } from '../cards/schema.ts';
import type { PrincipleEffect } from '../vocabulary.ts';
import { fail, type RuleError } from './errors.ts';
import type { TokenAmounts } from './tokens.ts';
import { TUNING } from './tuning.ts';

export interface VoteOutcome {
  /** Tokens the team pays. */
  cost: TokenAmounts;
  /** Effects on the team (and, through Vertrouwen, the neighbourhood); within the per-dilemma trust swing. */
  effects: DilemmaEffect[];
  /** Vertrouwen the principle card adds on top of the swing cap. */
  extraTrust: number;
}

export const isNegative = (e: DilemmaEffect): boolean => {
  switch (e.type) {
    case 'tokens': case 'allTeams': case 'income': return Object.values(e.delta).some((n) => n < 0);
    case 'vertrouwen': case 'cp': case 'progress': return e.delta < 0;
    case 'exhaust': case 'discard': case 'pause': case 'coopt': return true;
    case 'draw': return false;
  }
};

/** Why this principle card cannot go with a vote for this option, or null. */
export function checkWithVote(card: Dilemma, option: DilemmaOption, principle: PrincipleEffect): RuleError | null {
  switch (principle) {
    case 'dialoog': return option.talk ? null : fail('needsTalkOption');
    case 'team-in-vertrouwen': return card.kind === 'gedoe' ? null : fail('principleDoesNotApply');
    case 'partnerschap': case 'transparant': return card.kind === 'positiespel' ? null : fail('principleDoesNotApply');
    default: return fail('principleDoesNotApply');
  }
}

/** The option's outcome for a team that voted for it, with the principle card it argued (already checked). */
export function voteEffects(option: DilemmaOption, principle: PrincipleEffect | null): VoteOutcome {
  const outcome: VoteOutcome = { cost: option.cost, effects: [...option.effects, ...option.hidden], extraTrust: 0 };
  switch (principle) {
    case 'dialoog':
      return { ...outcome, cost: {}, extraTrust: 1 };
    case 'transparant':
      return { ...outcome, effects: [...option.effects], extraTrust: 1 };
    case 'team-in-vertrouwen':
      return { ...outcome, effects: outcome.effects.filter((e) => !isNegative(e)) };
    case 'partnerschap':
      return {
        ...outcome,
        effects: [...outcome.effects.filter((e) => e.type !== 'coopt'), { type: 'tokens', delta: { geld: TUNING.principle.partnerschapGeld } }],
      };
    default:
      return outcome;
  }
}
