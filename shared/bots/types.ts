import type { TeamAction } from '../protocol/actions.ts';
import type { HasRng } from '../engine/rng.ts';
import type { GameState } from '../engine/types.ts';

/** A bot picks one of the team's legal actions, or null when it has nothing to do (it waits). */
export type Bot = (state: GameState, team: string, rng: HasRng) => TeamAction | null;
