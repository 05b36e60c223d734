// A real game server on loopback for one test file, and clients that talk to it over WebSockets.
import { Client, type Room } from '@colyseus/sdk';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { createGameServer, type GameServer } from '../../server/app.ts';
import { readConfig, type Config } from '../../server/config.ts';

/** One port range per vitest worker, so test files never collide; TEST_PORT_BASE moves the whole
 * range, so two checkouts can run their tests side by side. */
export function testPort(offset = 0) {
  return Number(process.env.TEST_PORT_BASE ?? 31000) + Number(process.env.VITEST_POOL_ID ?? 1) * 50 + offset;
}

export interface TestServer {
  url: string;
  config: Config;
  game: GameServer;
  stop(): Promise<void>;
}

export async function startServer(overrides: Partial<Config> = {}, offset = 0): Promise<TestServer> {
  const port = testPort(offset);
  const config: Config = {
    ...readConfig({}), port, host: '127.0.0.1', dataDir: mkdtempSync(joinPath(tmpdir(), 'gk-test-')), botDelayMs: 0, seatHoldSeconds: 30,
    ...overrides,
  };
  const game = createGameServer(config);
  await game.listen(port, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, config, game, stop: () => game.shutdown() };
}

export type GameRoomClient = Room<any, any>;

/** Joins and waits for the first full state. */
export async function join(url: string, roomId: string, options: object): Promise<GameRoomClient> {
  const room = await new Client(url).joinById(roomId, options);
  room.onMessage('*', () => {}); // welcome, events, refused: tests read the state and the request replies
  // As the web client does: reconnect by itself even in the first seconds after joining.
  room.reconnection.minUptime = 0;
  room.reconnection.minDelay = 50;
  room.reconnection.delay = 50;
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
  return room;
}

export const newDeviceToken = () => `dev-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

/** Drops the socket as a sleeping tablet or a Wi-Fi switch would, and waits until the SDK has reconnected. */
export async function dropAndReconnect(room: GameRoomClient): Promise<number> {
  const started = performance.now();
  const back = new Promise<void>((resolve) => room.onReconnect.once(() => resolve()));
  room.connection.close(4010, 'network gone');
  await back;
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
  return performance.now() - started;
}

/** Resolves when the condition holds on this client's state (checked on every patch), or fails after ms. */
export function waitFor(room: GameRoomClient, condition: (state: any) => boolean, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition(room.state)) return resolve();
    const timer = setTimeout(() => {
      room.onStateChange.remove(check);
      reject(new Error(`condition not reached in time: ${condition.toString().slice(0, 160)}`));
    }, ms);
    const check = (state: any) => {
      if (!condition(state)) return;
      clearTimeout(timer);
      room.onStateChange.remove(check);
      resolve();
    };
    room.onStateChange(check);
  });
}

/** A request whose refusal is returned instead of thrown. */
export async function ask(room: GameRoomClient, type: string, payload: unknown): Promise<{ ok: true } | { refused: { code: string } }> {
  try {
    return (await room.request(type, payload, { timeout: 5000 } as never)) as { ok: true };
  } catch (error) {
    const rejection = error as { reason?: { code: string } };
    return { refused: rejection.reason ?? (error as { code: string }) };
  }
}
