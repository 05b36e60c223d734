// Engine speed: whole 5-round games with 4 sensible bot teams, on one core.
import type { Deck } from '../shared/cards/schema.ts';
import { playGame } from '../shared/sim/play-game.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** This thread's CPU time in ms: unlike the clock on the wall, it does not count time other processes had the core. */
const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/**
 * warmUpMs: games are played, unmeasured, for at least this long first. The JIT keeps optimising the bots and
 * the engine for the first two thousand games or so (batches of 60 games kept getting faster for about 2 s of
 * CPU time); a fixed 50 games left the quick profile's runs up to 40% apart, a 1.5 s warm-up still 15%.
 * Games are timed in CPU time of this thread, so a busy machine slows the run but not the figure. Every batch
 * plays the same games, so batches differ only by the machine, and the figure is the median of many short
 * batches: a batch that shared its core with another process (caches, a hypervisor's steal) does not move it.
 */
export function benchEngine(deck: Deck, { batches = 21, gamesPerBatch = 100, warmUpMs = 5000 } = {}) {
  const scenarios = deck.scenarios.map((s) => s.id);
  const play = (seed: number) =>
    playGame(deck, { scenario: scenarios[seed % scenarios.length]!, rounds: 5, bots: ['sensible', 'sensible', 'sensible', 'sensible'], seed });
  const warmUpEnd = cpuMs() + warmUpMs;
  for (let i = 0; cpuMs() < warmUpEnd || i < 200; i++) play(i);
  const msPerGame: number[] = [];
  let actions = 0;
  for (let b = 0; b < batches; b++) {
    const start = cpuMs();
    for (let g = 0; g < gamesPerBatch; g++) actions += play(1000 + g).history.length;
    msPerGame.push((cpuMs() - start) / gamesPerBatch);
  }
  const ms = median(msPerGame);
  return {
    msPerGameMedian: Math.round(ms * 1000) / 1000,
    gamesPerSecond: Math.round(1000 / ms),
    actionsPerGame: Math.round(actions / (batches * gamesPerBatch)),
    batches,
    gamesPerBatch,
  };
}
