// Builds the game server: Colyseus rooms and the HTTP routes on one port.
import { defineRoom, defineServer, matchMaker, type Server } from '@colyseus/core';
import { createServer } from 'node:net';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { ConfigError, type Config } from './config.ts';
import { SessionDirectory } from './directory.ts';
import { builtInDeck } from './decks.ts';
import { mountRoutes } from './http.ts';
import { setRoomContext } from './room/context.ts';
import { GameRoom } from './room/GameRoom.ts';
import { SpreadHeartbeatTransport } from './transport.ts';
import { restoreSessions } from './sessions.ts';
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

export interface GameServer {
  server: Server;
  store: SessionStore;
  listen(port: number, host?: string): Promise<void>;
  shutdown(): Promise<void>;
}

export function createGameServer(config: Config): GameServer {
  builtInDeck(); // fail at start-up, not at the first session, if the cards are broken
  if (config.redisUrl && !config.publicAddress) {
    throw new ConfigError('REDIS_URL needs PUBLIC_ADDRESS too (host:port where clients reach this process), or joins fail');
  }
  const store = new SessionStore(config.dataDir);
  setRoomContext({ store, config });
  // Several processes share rooms through Redis; each keeps its own sessions and creates their rooms itself.
  const presence = config.redisUrl ? new RedisPresence(config.redisUrl) : null;
  const address = config.publicAddress ? `http://${config.publicAddress}` : `http://127.0.0.1:${config.port}`;
  const directory = new SessionDirectory(presence, address);
  const server = defineServer({
    rooms: { game: defineRoom(GameRoom) },
    transport: new SpreadHeartbeatTransport({ maxPayload: MAX_PAYLOAD_BYTES }),
    express: (app) => mountRoutes(app, store, config, directory),
    greet: false,
    gracefullyShutdown: false,
    ...(presence ? { presence, driver: new RedisDriver(config.redisUrl), selectProcessIdToCreateRoom: async () => matchMaker.processId } : {}),
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
  });
  return {
    server,
    store,
    async listen(port, host) {
      if (port !== 0) await assertPortFree(port, host);
      await server.listen(port, host);
      const purged = store.purgeExpired(Date.now(), config.retentionDays * 86_400_000);
      if (purged > 0) console.log(`[data] removed ${purged} session(s) older than ${config.retentionDays} days`);
      const restored = await restoreSessions(store, directory);
      if (restored.length > 0) console.log(`[data] restored ${restored.length} unfinished session(s): ${restored.join(', ')}`);
    },
    async shutdown() {
      await server.gracefullyShutdown(false);
      store.close();
    },
  };
}

