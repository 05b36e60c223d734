// The rules engine's public surface.
export { createGame, reduce, replay, step, check, cloneState } from './reduce.ts';
export { legalActions } from './legal.ts';
export { viewFor, type Seat, type GameView } from './view.ts';
export { winTarget } from './lookup.ts';
export { remainingCost } from './initiatives.ts';
export { TUNING } from './tuning.ts';
export type * from './types.ts';
