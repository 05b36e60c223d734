// The simple strategies the rulebook's Balance section (docs/rules.md) measures the game against. Each is the sensible bot with one
// habit replaced, so a strategy's win rate shows what that habit alone is worth. The simulation plays each
// as all teams; none of them is offered to a room.
import type { TeamAction } from '../protocol/actions.ts';
import { remainingCost } from '../engine/initiatives.ts';
import { dilemmaCard, findProject, initiativeCard } from '../engine/lookup.ts';
import { effectOf } from '../engine/principles.ts';
import { total } from '../engine/tokens.ts';
import type { GameState, TeamState } from '../engine/types.ts';
import type { PrincipleEffect } from '../vocabulary.ts';
import { randomBot } from './random-bot.ts';
import { scoredBot, sensibleBot } from './sensible-bot.ts';
import type { Bot } from './types.ts';

/** Far above anything the sensible judgement scores: the strategy's habit always comes first. */
const FIRST = 100;

/** Principle effects that only work together with other teams. */
const JOINT_EFFECTS: readonly PrincipleEffect[] = ['verbindend-weefsel', 'cooperatie-verbinder', 'buurttop'];

const isOwn = (state: GameState, team: TeamState, initiative: string) => findProject(state, initiative)?.trekker === team.id;

/** Plays every principle card as soon as the rules let it: in Doen, and with every vote that can carry one. */
const cardsFirst = scoredBot({
  adjust: (_state, _team, a, sensible) => {
    if (a.type === 'play') return FIRST + sensible;
    if (a.type === 'vote' && a.principle !== undefined) return FIRST + sensible;
    return sensible;
  },
});

/**
 * Spreads single tokens over as many initiatives as possible: claims whatever it can every round and gives one
 * token at a time, always to the initiative that has received least so far.
 */
const spread = scoredBot({
  widen: false,
  adjust: (state, _team, a, sensible) => {
    if (a.type === 'claim') return FIRST;
    if (a.type === 'fund') return FIRST / 2 - total(findProject(state, a.initiative)!.paid);
    return sensible;
  },
});

/** Never cooperates: funds only initiatives it leads, never trades, never plays a card that needs other teams. */
const neverCooperate = scoredBot({
  proposeTrades: false,
  adjust: (state, team, a, sensible) => {
    switch (a.type) {
      case 'fund': return isOwn(state, team, a.initiative) ? sensible : null;
      // Big initiatives need a second funding team: a team that never cooperates does not start one.
      case 'claim': return initiativeCard(state, a.initiative).size === 'big' ? null : sensible;
      case 'offerTrade': case 'cancelTrade': return null;
      case 'answerTrade': return a.accept ? null : sensible;
      case 'play': return JOINT_EFFECTS.includes(effectOf(state, a.principle)) ? null : sensible;
      default: return sensible;
    }
  },
});

/**
 * Always votes for the option in the same place of every dilemma (the first, the second or the third; the last
 * when a card has fewer), whatever it says, and argues for it as the sensible bot would. All three places are
 * measured, so the order of a card's options cannot hide an option that is nearly always best.
 */
const sameOption = (place: number) =>
  scoredBot({
    adjust: (state, _team, a, sensible) => {
      if (a.type !== 'vote') return sensible;
      const options = dilemmaCard(state, state.dilemma!.card).options;
      return options[Math.min(place, options.length - 1)]!.id === a.option ? sensible : null;
    },
  });

/** Greedy: funds whatever initiative is nearest completion, with everything it has, before anything else. */
const greedy = scoredBot({
  adjust: (state, _team, a: TeamAction, sensible) => {
    if (a.type !== 'fund') return sensible;
    return FIRST - total(remainingCost(state, findProject(state, a.initiative)!));
  },
});

export const STRATEGIES = {
  sensible: sensibleBot,
  random: randomBot,
  'cards-first': cardsFirst,
  spread,
  'never-cooperate': neverCooperate,
  'same-option-a': sameOption(0),
  'same-option-b': sameOption(1),
  'same-option-c': sameOption(2),
  greedy,
} satisfies Record<string, Bot>;

export type Strategy = keyof typeof STRATEGIES;
export const SAME_OPTION_STRATEGIES = ['same-option-a', 'same-option-b', 'same-option-c'] as const satisfies readonly Strategy[];
export const STRATEGY_NAMES = Object.keys(STRATEGIES) as Strategy[];
