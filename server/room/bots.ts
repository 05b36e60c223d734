// The bot driver: bot teams take their actions a moment after each change, through the same path as people.
import { BOTS } from '../../shared/bots/index.ts';
import { deriveSeed, type HasRng } from '../../shared/engine/rng.ts';
import type { GameState } from '../../shared/engine/types.ts';
import type { Action } from '../../shared/protocol/actions.ts';

export interface BotHost {
  game(): GameState;
  apply(action: Action, by: string): unknown;
  later(callback: () => void, ms: number): void;
}

export class BotDriver {
  private pending = false;
  private rng: HasRng;
  private host: BotHost;
  private delayMs: number;

  /** The bots' choices use their own key, derived from the game's: seeing them tells nothing of the draws. */
  constructor(host: BotHost, gameSeed: string, delayMs: number) {
    this.host = host;
    this.delayMs = delayMs;
    this.rng = { seed: deriveSeed(gameSeed, 'bots'), rng: 0 };
  }

  schedule() {
    const game = this.host.game();
    if (this.pending || game.phase === 'lobby' || game.phase === 'ended' || game.paused) return;
    if (!game.teams.some((t) => t.bot && !t.removed)) return;
    this.pending = true;
    this.host.later(() => {
      this.pending = false;
      this.run();
    }, this.delayMs);
  }

  /** Each bot team takes one action; the next round of bot actions follows the resulting change. */
  private run() {
    const game = this.host.game();
    for (const team of game.teams) {
      if (!team.bot || team.removed || game.phase === 'ended') continue;
      const action = BOTS[team.bot](game, team.id, this.rng);
      if (action) this.host.apply(action, `bot:${team.id}`);
    }
  }
}
