// Sessions: creating them (settings, deck, join code, facilitator key), finding them by join code, and
// rebuilding a session's game from its stored log.
import { matchMaker } from '@colyseus/core';
import { createGame, replay } from '../shared/engine/index.ts';
import type { GameState } from '../shared/engine/types.ts';
import { SessionSettings } from '../shared/protocol/session.ts';
import { withPlan } from '../shared/plan/settings.ts';
import { newFacilitatorKey, newJoinCode, newRoomId, newSeed, hashSecret } from './crypto.ts';
import { deckForSession, deckWith } from './decks.ts';
import type { SessionDirectory } from './directory.ts';
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
  const { deck, problems } = deckWith(settings.deck);
  if (problems.length > 0) return { ok: false, status: 400, error: 'deckInvalid', problems };
  const seed = settings.seed ?? newSeed();
  const created = createGame(deck, { scenario: settings.scenario, rounds: settings.rounds, language: settings.language }, seed);
  if (!created.ok) return { ok: false, status: 400, error: created.error.code, problems: [] };

  let code = newJoinCode();
  while (store.codeInUse(code)) code = newJoinCode();
  const key = newFacilitatorKey();
  const roomId = newRoomId();
  store.createSession({ code, roomId, keyHash: hashSecret(key), settings, seed, createdAt: Date.now() });
  await matchMaker.createRoom('game', { code });
  await directory.register({ code, roomId, language: settings.language, selfRun: settings.selfRun });
  return { ok: true, code, key, roomId };
}

export interface LoadedSession {
  session: SessionRecord;
  game: GameState;
  log: LoggedAction[];
}

/** Rebuilds a session's game from (seed, settings, log): the same way a restart restores it. */
export function loadSession(store: SessionStore, code: string): LoadedSession | null {
  const session = store.session(code);
  if (!session) return null;
  const deck = deckForSession(code, session.settings.deck);
  const log = store.actions(code);
  const { scenario, rounds, language } = session.settings;
  const game = replay(deck, { scenario, rounds, language }, session.seed, log.map((l) => l.action));
  if (!game.ok) throw new Error(`session ${code} does not replay: action ${game.error.index} refused (${game.error.code})`);
  return { session, game: game.value, log };
}

/** Recreates a room for every unfinished session (after a restart), with its old room id. */
export async function restoreSessions(store: SessionStore, directory: SessionDirectory): Promise<string[]> {
  const restored: string[] = [];
  for (const s of store.unfinishedSessions()) {
    try {
      await matchMaker.createRoom('game', { code: s.code });
      await directory.register({ code: s.code, roomId: s.roomId, language: s.settings.language, selfRun: s.settings.selfRun });
      restored.push(s.code);
    } catch (error) {
      console.error(`[restore] session ${s.code} could not be restored: ${error instanceof Error ? error.message : error}`);
    }
  }
  return restored;
}

/** Counts failed join-code look-ups per address, to slow down guessing. */
export class JoinRateLimiter {
  private attempts = new Map<string, { count: number; since: number }>();
  private perMinute: number;
  constructor(perMinute: number) {
    this.perMinute = perMinute;
  }

  /** Whether this address may try another code now. */
  allowed(address: string, now = Date.now()): boolean {
    const entry = this.attempts.get(address);
    if (!entry || now - entry.since > 60_000) return true;
    return entry.count < this.perMinute;
  }

  fail(address: string, now = Date.now()) {
    const entry = this.attempts.get(address);
    if (!entry || now - entry.since > 60_000) this.attempts.set(address, { count: 1, since: now });
    else entry.count++;
    if (this.attempts.size > 10_000) for (const [k, v] of this.attempts) if (now - v.since > 60_000) this.attempts.delete(k);
  }
}
