// The random bot: any legal action, uniformly, pressing Klaar now and then so that phases end.
import { legalActions } from '../engine/legal.ts';
import { random, randomInt } from '../engine/rng.ts';
import type { Bot } from './types.ts';

const READY_CHANCE = 0.2;

export const randomBot: Bot = (state, team, rng) => {
  const legal = legalActions(state, team);
  const ready = legal.find((a) => a.type === 'ready' && a.ready);
  // Bots write no words: harvest lines and closing answers are for people.
  const others = legal.filter((a) => a.type !== 'ready' && a.type !== 'harvest' && a.type !== 'closingAnswer');
  if (others.length === 0 || (ready && random(rng) < READY_CHANCE)) return ready ?? null;
  return others[randomInt(rng, others.length)]!;
};
