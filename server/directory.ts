// Which process holds a session. One process: its own store. Several processes on Redis: each registers its
// sessions there, so a join code typed on any process finds the room, and session pages can be redirected
// to the process that holds the session's data.
import type { Presence } from '@colyseus/core';

export interface SessionLocation {
  code: string;
  roomId: string;
  language: string;
  selfRun: boolean;
  /** The facilitator key's hash, so any process can refuse a wrong key at its gate and count the guess. */
  keyHash: string;
  /** The base URL of the process holding the session (its PUBLIC_ADDRESS). */
  address: string;
}

const KEY = 'gemeenschapskracht:sessions';
const BY_ROOM = 'gemeenschapskracht:rooms';

export class SessionDirectory {
  private presence: Presence | null;
  private address: string;

  constructor(presence: Presence | null, address: string) {
    this.presence = presence;
    this.address = address;
  }

  get shared() {
    return this.presence !== null;
  }

  async register(entry: Omit<SessionLocation, 'address'>) {
    if (!this.presence) return;
    const value = JSON.stringify({ ...entry, address: this.address });
    await this.presence.hset(KEY, entry.code, value);
    await this.presence.hset(BY_ROOM, entry.roomId, value);
  }

  async lookup(code: string): Promise<SessionLocation | null> {
    if (!this.presence) return null;
    const raw = await this.presence.hget(KEY, code);
    return raw ? (JSON.parse(raw) as SessionLocation) : null;
  }

  async lookupRoom(roomId: string): Promise<SessionLocation | null> {
    if (!this.presence) return null;
    const raw = await this.presence.hget(BY_ROOM, roomId);
    return raw ? (JSON.parse(raw) as SessionLocation) : null;
  }

  async forget(code: string) {
    if (!this.presence) return;
    const entry = await this.lookup(code);
    await this.presence.hdel(KEY, code);
    if (entry) await this.presence.hdel(BY_ROOM, entry.roomId);
  }
}
