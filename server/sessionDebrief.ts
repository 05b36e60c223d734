// A stored session's debrief: the game rebuilt from its log, with the session plan and the real times.
import { buildDebrief, type Debrief } from '../shared/debrief/build.ts';
import { winTarget } from '../shared/engine/lookup.ts';
import { planForSettings } from '../shared/plan/settings.ts';
import { sessionTimes } from './kitRoutes.ts';
import { loadSession } from './sessions.ts';
import type { SessionRecord, SessionStore } from './store.ts';

export async function sessionDebrief(store: SessionStore, session: SessionRecord): Promise<Debrief> {
  const loaded = (await loadSession(store, session.code))!;
  // The game's own deck: it holds the own cases added while playing.
  return buildDebrief(loaded.game.deck, loaded.game, session.code, winTarget(loaded.game), loaded.log, {
    plan: planForSettings(session.settings),
    moments: await sessionTimes(store, session),
  });
}
