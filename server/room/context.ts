// What every game room needs from the server around it. Colyseus creates rooms itself, so the server
// sets this once at start-up.
import type { Config } from '../config.ts';
import type { SessionStore } from '../store.ts';

export interface RoomContext {
  store: SessionStore;
  config: Config;
  /** Proves to a room's onCreate that the server itself creates it (the public routes cannot). */
  createToken: string;
}

let current: RoomContext | null = null;

export const setRoomContext = (context: RoomContext) => {
  current = context;
};

export function roomContext(): RoomContext {
  if (!current) throw new Error('the game server has not been set up');
  return current;
}
