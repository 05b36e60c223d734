// Sessions: creating them (settings, deck, join code, facilitator key), rebuilding a session's game from its
// stored log, and bringing its room up when it is first asked for (a restart restores rooms lazily).
import { matchMaker } from '@colyseus/core';
import { check, createGame, replay } from '../shared/engine/index.ts';
import type { GameState } from '../shared/engine/types.ts';
import { SessionSettings } from '../shared/protocol/session.ts';
import { gameSettingsOf, withPlan } from '../shared/plan/settings.ts';
import { newFacilitatorKey, newJoinCode, newRoomId, newSeed, hashSecret } from './crypto.ts';
import { deckForSession, deckFromUpload } from './decks.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import type { SessionDirectory } from './directory.ts';
import { roomContext } from './room/context.ts';
import type { LoggedAction, SessionRecord, SessionStore } from './store.ts';

export type CreateResult =
  | { ok: true; code: string; key: string; roomId: string }
  | { ok: false; status: number; error: string; problems: string[] };

export async function createSession(store: SessionStore, directory: SessionDirectory, body: unknown): Promise<CreateResult> {
  const parsed = SessionSettings.safeParse(body);
  if (!parsed.success) {
    return { ok: false, status: 400, error: 'badSettings', problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`) };
  }
  const settings = withPlan(parsed.data);
  const { deck, problems } = await deckFromUpload(settings.deck);
  if (problems.length > 0) return { ok: false, status: 400, error: 'deckInvalid', problems };
  // A demo seed gives the same shuffles again; otherwise 256 bits from the OS.
  const seed = settings.seed ?? newSeed();
  const created = createGame(deckForScenario(deck, settings.scenario), gameSettingsOf(settings), seed);
  if (!created.ok) return { ok: false, status: 400, error: created.error.code, problems: [] };

  let code = newJoinCode();
  while (store.codeInUse(code)) code = newJoinCode();
  const key = newFacilitatorKey();
  const roomId = newRoomId();
  // The deck choice made with the session is its first action, so replay and the console's later choices start from it.
  const leaveOut = settings.leaveOut?.length ? { type: 'leaveOut' as const, dilemmas: settings.leaveOut } : null;
  const refused = leaveOut && check(created.value, leaveOut);
  if (refused) return { ok: false, status: 400, error: 'badSettings', problems: [`leaveOut: ${refused.code} ${refused.params?.card ?? ''}`] };
  store.createSession({ code, roomId, keyHash: hashSecret(key), settings, seed: created.value.seed, createdAt: Date.now() });
  if (leaveOut) store.appendAction(code, { seq: 1, at: Date.now(), by: 'facilitator', action: leaveOut });
  await openRoom(code);
  await directory.register({ code, roomId, keyHash: hashSecret(key), language: settings.language, selfRun: settings.selfRun });
  return { ok: true, code, key, roomId };
}

export interface LoadedSession {
  session: SessionRecord;
  game: GameState;
  log: LoggedAction[];
}

/** Rebuilds a session's game from (seed, settings, log): the same way a restart restores it. */
export async function loadSession(store: SessionStore, code: string): Promise<LoadedSession | null> {
  const session = store.session(code);
  if (!session) return null;
  const deck = await deckForSession(code, session.settings);
  const log = store.actions(code);
  const game = replay(deck, gameSettingsOf(session.settings), session.seed, log.map((l) => l.action));
  if (!game.ok) throw new Error(`session ${code} does not replay: action ${game.error.index} refused (${game.error.code})`);
  return { session, game: game.value, log };
}

// Rooms being opened right now, so that two joins at once open one room.
const opening = new Map<string, Promise<void>>();

/** Creates the session's room in this process unless it runs already. Only the server creates rooms. */
export function openRoom(code: string): Promise<void> {
  const session = roomContext().store.session(code);
  if (!session) return Promise.reject(new Error(`no session ${code}`));
  if (matchMaker.getLocalRoomById(session.roomId)) return Promise.resolve();
  let pending = opening.get(code);
  if (!pending) {
    pending = matchMaker.createRoom('game', { code, internal: roomContext().createToken }).then(() => undefined)
      .finally(() => opening.delete(code));
    opening.set(code, pending);
  }
  return pending;
}

/**
 * After a restart: the rooms of sessions played in the last hours come back at once (their timers and bots run
 * on), one at a time in the background; every other session's room opens when someone joins it.
 */
export async function restoreRecentSessions(store: SessionStore, directory: SessionDirectory, sinceMs: number): Promise<string[]> {
  const restored: string[] = [];
  for (const code of store.activeSince(Date.now() - sinceMs)) {
    const s = store.session(code);
    if (!s) continue;
    try {
      await openRoom(code);
      await directory.register({ code: s.code, roomId: s.roomId, keyHash: s.keyHash, language: s.settings.language, selfRun: s.settings.selfRun });
      restored.push(s.code);
    } catch (error) {
      console.error(`[restore] session ${s.code} could not be restored: ${error instanceof Error ? error.message : error}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return restored;
}
