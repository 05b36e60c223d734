// The connection to the game server: joining by code, the device token kept in the browser, requests whose
// refusals come back translated, and reconnection that survives sleep, Wi-Fi switches, reloads and restarts.
import { Client, type Room } from '@colyseus/sdk';
import type { Deck } from '../../shared/cards/schema.ts';
import type { Refusal } from '../../shared/protocol/session.ts';
import { tr, ui } from './i18n.ts';
import type { GameModel } from './model.ts';

const TOKEN_KEY = 'gk.device';

/** A random id for this browser: it brings the device back into its team after a reload or a restart. */
export function deviceToken(): string {
  let token = localStorage.getItem(TOKEN_KEY);
  if (!token) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    localStorage.setItem(TOKEN_KEY, token);
  }
  return token;
}

export const facilitatorKey = (code: string) => localStorage.getItem(`gk.key.${code}`);
export const rememberKey = (code: string, key: string) => localStorage.setItem(`gk.key.${code}`, key);

export class RequestRefused extends Error {
  refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.code);
    this.refusal = refusal;
  }
}

/** A refusal (or any failure) as the player reads it, in the page's language. */
export function explainError(error: unknown): string {
  if (error instanceof RequestRefused) return tr(`errors.${error.refusal.code}`, error.refusal.params);
  const reason = (error as { reason?: Refusal })?.reason;
  if (reason?.code) return tr(`errors.${reason.code}`, reason.params);
  return ui('error.generic');
}

export async function lookUpCode(code: string): Promise<{ code: string; roomId: string; language: string; selfRun: boolean }> {
  const res = await fetch(`/api/join/${encodeURIComponent(code.trim().toUpperCase())}`);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new RequestRefused({ code: body.error ?? 'unknownCode' });
  return body;
}

export async function fetchDeck(code: string): Promise<Deck> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/deck`);
  if (!res.ok) throw new RequestRefused({ code: 'unknownCode' });
  return res.json();
}

/** Team devices and observers show the join code; the facilitator the key. */
/** Whether an accepted message of this kind is an action in the session's log (the welcome counts those). */
function logsAction(type: string, payload: unknown): boolean {
  if (type === 'intent' || type === 'selfRun' || type === 'createTeam') return true;
  const action = (payload as { action?: { type?: string } } | null)?.action?.type;
  return type === 'facilitator' && action !== 'extendTimer' && action !== 'moveDevice';
}

export type JoinAs = { role: 'facilitator'; key: string } | { role: 'team'; code: string; deviceToken: string } | { role: 'observer'; code: string };

export interface Connection {
  room: Room;
  /** Sends a message and resolves with the server's answer; throws RequestRefused with the reason. */
  ask(type: string, payload: unknown): Promise<{ ok: true; team?: string }>;
  onChange(listener: (game: GameModel) => void): void;
  onStatus(listener: (status: 'online' | 'reconnecting' | 'lost') => void): void;
  onEvents(listener: (events: { type: string }[]) => void): void;
  game(): GameModel;
}

/**
 * Joins the room; on a drop the SDK reconnects at once, and if the server restarted we join again.
 * `server` is the page's own origin in the browser; tests pass the server's address.
 */
export async function connect(roomId: string, as: JoinAs, server = '/'): Promise<Connection> {
  const client = new Client(server);
  const changeListeners: ((g: GameModel) => void)[] = [];
  const statusListeners: ((s: 'online' | 'reconnecting' | 'lost') => void)[] = [];
  const eventListeners: ((e: { type: string }[]) => void)[] = [];
  let room: Room;
  let snapshot: GameModel;
  // How many of this device's actions the server has stored, as its last welcome said plus the answers since:
  // when an answer is lost with the connection, the next welcome tells whether the action counted.
  let stored = 0;
  const welcomeListeners: ((actionsStored: number) => void)[] = [];
  const nextWelcome = (ms: number) => new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    welcomeListeners.push((n) => {
      clearTimeout(timer);
      resolve(n);
    });
  });

  const attach = (r: Room) => {
    room = r;
    room.reconnection.minUptime = 0; // also reconnect when the drop comes in the first seconds
    room.reconnection.maxRetries = 8;
    // The first retry comes after about 100 ms (the SDK doubles the delay per attempt), later ones back off.
    room.reconnection.minDelay = 50;
    room.reconnection.delay = 50;
    room.onStateChange((state) => {
      snapshot = (state as { toJSON(): GameModel }).toJSON();
      for (const l of changeListeners) l(snapshot);
    });
    room.onMessage('events', (events: { type: string }[]) => eventListeners.forEach((l) => l(events)));
    room.onMessage('welcome', (w: { actionsStored?: number }) => {
      stored = w.actionsStored ?? 0;
      welcomeListeners.splice(0).forEach((l) => l(stored));
    });
    room.onMessage('refused', () => {});
    room.onDrop(() => statusListeners.forEach((l) => l('reconnecting')));
    room.onReconnect(() => statusListeners.forEach((l) => l('online')));
    room.onLeave(async (code) => {
      if (code === 4000) return;
      // The server may have restarted (its rooms come back with the same id): join again with the same seat.
      statusListeners.forEach((l) => l('reconnecting'));
      for (let attempt = 0; attempt < 30; attempt++) {
        await new Promise((r) => setTimeout(r, Math.min(5000, 500 * (attempt + 1))));
        try {
          attach(await client.joinById(roomId, as));
          statusListeners.forEach((l) => l('online'));
          return;
        } catch {
          // not back yet
        }
      }
      statusListeners.forEach((l) => l('lost'));
    });
  };

  attach(await client.joinById(roomId, as));
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));

  return {
    get room() {
      return room;
    },
    async ask(type, payload) {
      const before = stored;
      try {
        const answer = (await room.request(type, payload)) as { ok: true; team?: string };
        if (logsAction(type, payload)) stored++;
        return answer;
      } catch (error) {
        const reason = (error as { reason?: Refusal }).reason;
        if (reason?.code) throw new RequestRefused(reason);
        // The connection went before the answer came: the welcome after reconnecting says whether it was stored.
        if (/connection closed/.test(String((error as Error)?.message))) {
          const now = await nextWelcome(30_000);
          if (now !== null && now > before) return { ok: true };
          if (now !== null) throw new RequestRefused({ code: 'notStored' });
        }
        throw new RequestRefused({ code: 'generic' });
      }
    },
    onChange: (l) => changeListeners.push(l),
    onStatus: (l) => statusListeners.push(l),
    onEvents: (l) => eventListeners.push(l),
    game: () => snapshot,
  };
}
