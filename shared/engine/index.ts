// The rules engine's public surface.
export { createGame, reduce, replay, step, check, cloneState } from './reduce.ts';
export { legalActions } from './legal.ts';
export { viewFor, type Seat, type GameView, type OptionOutcome } from './view.ts';
export { voteEffects } from './votes.ts';
export { RULE_ERRORS, type RuleCode } from './errors.ts';
export { winTarget } from './lookup.ts';
export { remainingCost } from './initiatives.ts';
export { TUNING } from './tuning.ts';
export type * from './types.ts';
export { principleText, type PrincipleText } from './principle-text.ts';
export { PRINCIPLES, playableInDoen } from './principles.ts';
