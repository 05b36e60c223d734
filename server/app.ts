// Builds the game server: Colyseus rooms and the HTTP routes on one port.
import { defineRoom, defineServer, matchMaker, type Server } from '@colyseus/core';
import { createServer } from 'node:net';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import type { Server as HttpServer } from 'node:http';
import { addressResolver } from './address.ts';
import { ConfigError, type Config } from './config.ts';
import { applyCorsPolicy } from './cors.ts';
import { newFacilitatorKey } from './crypto.ts';
import { SessionDirectory } from './directory.ts';
import { builtInDeck, forgetDeck } from './decks.ts';
import { installMatchmakingGate } from './gate.ts';
import { mountRoutes } from './http.ts';
import { AttemptLimiter, CreationBudget } from './limits.ts';
import { setRoomContext } from './room/context.ts';
import { GameRoom } from './room/GameRoom.ts';
import { SpreadHeartbeatTransport } from './transport.ts';
import { openRoom, restoreRecentSessions } from './sessions.ts';
import { SessionStore } from './store.ts';

export class PortInUseError extends Error {}

/** Colyseus' listen() never settles when the port is taken, so try the port first and say so clearly. */
function assertPortFree(port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(`port ${port} is already in use (is the game already running? set PORT to use another)`) : error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Largest message a client may send, in bytes: actions are tiny; this keeps a flood of junk cheap. */
const MAX_PAYLOAD_BYTES = 16 * 1024;

/** Sessions with an action in this time come back right after a restart; the others when first joined. */
const RESTORE_AT_ONCE_MS = 6 * 3_600_000;

export interface GameServer {
  server: Server;
  store: SessionStore;
  listen(port: number, host?: string): Promise<void>;
  /** Removes sessions past their time (and closes their rooms); returns how many. */
  purge(now?: number): Promise<number>;
  /** Resolves when the rooms of recently played sessions are back after a restart. */
  restored: Promise<string[]>;
  shutdown(): Promise<void>;
}

export function createGameServer(config: Config): GameServer {
  builtInDeck(); // fail at start-up, not at the first session, if the cards are broken
  if (config.redisUrl && !config.publicAddress) {
    throw new ConfigError('REDIS_URL needs PUBLIC_ADDRESS too (host:port where clients reach this process), or joins fail');
  }
  const store = new SessionStore(config.dataDir);
  setRoomContext({ store, config, createToken: newFacilitatorKey() });
  applyCorsPolicy(config.allowedOrigins);
  const addressOf = addressResolver(config.trustProxy);
  const limiter = new AttemptLimiter(config.joinAttemptsPerMinute);
  const budget = new CreationBudget(config.sessionsPerHourPerAddress, config.sessionsPerHour);
  // Several processes share rooms through Redis; each keeps its own sessions and creates their rooms itself.
  const presence = config.redisUrl ? new RedisPresence(config.redisUrl) : null;
  const address = config.publicAddress ? `http://${config.publicAddress}` : `http://127.0.0.1:${config.port}`;
  const directory = new SessionDirectory(presence, address);
  const server = defineServer({
    rooms: { game: defineRoom(GameRoom) },
    transport: new SpreadHeartbeatTransport({ maxPayload: MAX_PAYLOAD_BYTES }),
    express: (app) => mountRoutes(app, { store, config, directory, limiter, budget, addressOf }),
    greet: false,
    gracefullyShutdown: false,
    ...(presence ? { presence, driver: new RedisDriver(config.redisUrl), selectProcessIdToCreateRoom: async () => matchMaker.processId } : {}),
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
  });
  let markRestored: (codes: string[]) => void = () => {};
  const restored = new Promise<string[]>((resolve) => (markRestored = resolve));
  const purge = async (now = Date.now()) => {
    let gone: { code: string; roomId: string }[] = [];
    try {
      gone = store.purgeExpired(now, config.retentionDays * 86_400_000, config.unstartedHours * 3_600_000);
    } catch (error) {
      console.error(`[data] could not remove old sessions: ${error instanceof Error ? error.message : error}`);
    }
    for (const { code, roomId } of gone) {
      forgetDeck(code);
      await directory.forget(code);
      await matchMaker.getLocalRoomById(roomId)?.disconnect();
    }
    return gone.length;
  };
  return {
    server,
    store,
    restored,
    purge,
    async listen(port, host) {
      if (port !== 0) await assertPortFree(port, host);
      await server.listen(port, host);
      installMatchmakingGate((server.transport as unknown as { server: HttpServer }).server, {
        store, directory, limiter, addressOf,
        ensureRoom: (session) => openRoom(session.code),
      });
      const purged = await purge();
      if (purged > 0) console.log(`[data] removed ${purged} session(s) past their time`);
      // Ready now; the rooms of recent sessions come back in the background, the rest when joined.
      void restoreRecentSessions(store, directory, RESTORE_AT_ONCE_MS).then((codes) => {
        if (codes.length > 0) console.log(`[data] restored ${codes.length} unfinished session(s): ${codes.join(', ')}`);
        markRestored(codes);
      });
    },
    async shutdown() {
      await server.gracefullyShutdown(false);
      store.close();
    },
  };
}

