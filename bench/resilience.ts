// Reconnection after a dropped socket, and play resuming after kill -9, with the web client's own
// connection code (SDK reconnection, then joining again when the server has restarted).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Connection } from '../client/lib/net.ts';
import { createSession } from '../tests/helpers/api.ts';
import { spawnServer } from '../tests/helpers/process.ts';


// The SDK narrates every reconnection attempt on console.info; a benchmark prints only its figures.
console.info = () => {};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

function nextStatus(conn: Connection, status: string): Promise<void> {
  return new Promise((resolve) => conn.onStatus((s) => s === status && resolve()));
}

// A consented leave, so that the connection does not keep trying to join a server that is gone.
const leaveAll = (connections: Connection[]) => Promise.all(connections.map((c) => c.room.leave().catch(() => {})));

export async function benchReconnect({ samples = 30, port = 32_630 } = {}) {
  const server = await spawnServer(port, mkdtempSync(join(tmpdir(), 'gk-reconnect-')));
  const connections: Connection[] = [];
  try {
    const s = await createSession(server.url, { rounds: 5 });
    const facilitator = await connect(s.roomId, { role: 'facilitator', key: s.key }, server.url);
    const device = await connect(s.roomId, { role: 'team', code: s.code, deviceToken: 'bench-reconnect-device-0001' }, server.url);
    connections.push(facilitator, device);
    await device.ask('createTeam', { name: 'Terug', colour: '#E69F00', icon: 'sun' });
    // A second team that never presses Klaar, so that the first can toggle it without ending the phase.
    await facilitator.ask('facilitator', { key: s.key, action: { type: 'addTeam', name: 'Wachtend', colour: '#56B4E9', icon: 'leaf', bot: null } });
    await facilitator.ask('facilitator', { key: s.key, action: { type: 'start' } });
    const times: number[] = [];
    let lost = 0;
    for (let i = 0; i < samples; i++) {
      const online = nextStatus(device, 'online');
      const started = performance.now();
      device.room.connection.close(4010, 'network gone');
      await online;
      // Current again: an action sent after the reconnection is applied and comes back in the state.
      const want = i % 2 === 0;
      await device.ask('intent', { type: 'ready', ready: want }).catch(() => lost++);
      times.push(performance.now() - started);
    }
    return { samples, p50Ms: round1(pct(times, 0.5)), p95Ms: round1(pct(times, 0.95)), actionsLost: lost };
  } finally {
    await leaveAll(connections);
    await server.kill('SIGTERM');
  }
}

export async function benchRestart({ samples = 3, port = 32_640 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gk-restart-bench-'));
  let server = await spawnServer(port, dataDir);
  const times: number[] = [];
  let lost = 0;
  const connections: Connection[] = [];
  try {
    const s = await createSession(server.url, { rounds: 5 });
    const facilitator = await connect(s.roomId, { role: 'facilitator', key: s.key }, server.url);
    connections.push(facilitator);
    const f = (action: object) => facilitator.ask('facilitator', { key: s.key, action });
    await f({ type: 'addTeam', name: 'Blijvers', colour: '#E69F00', icon: 'sun', bot: null });
    await f({ type: 'start' });
    for (let i = 0; i < samples; i++) {
      await f({ type: 'next' });
      const acknowledged = facilitator.game().phase;
      const online = nextStatus(facilitator, 'online');
      const killed = performance.now();
      await server.kill('SIGKILL');
      server = await spawnServer(port, dataDir);
      await online;
      if (facilitator.game().phase !== acknowledged) lost++;
      await f({ type: 'pause' });
      await f({ type: 'resume' });
      times.push(performance.now() - killed);
    }
    return { samples, msToPlay: Math.round(pct(times, 0.5)), worstMs: Math.round(Math.max(...times)), acknowledgedActionsLost: lost };
  } finally {
    await leaveAll(connections);
    await server.kill('SIGTERM');
  }
}

/**
 * A restart with many stored sessions: 1,000 sessions in the data folder (each with a few teams and a started
 * game), then the time from starting the process until it answers and a device of an old session is playing
 * (its room opened when first joined), and until the recently played sessions' rooms are all back.
 */
export async function benchStoredSessions({ sessions = 1000, port = 32_650 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gk-stored-bench-'));
  const { SessionStore } = await import('../server/store.ts');
  const { hashSecret, newJoinCode, newRoomId, newSeed } = await import('../server/crypto.ts');
  const store = new SessionStore(dataDir);
  const key = 'bench-stored-sessions-key-000000';
  const codes: { code: string; roomId: string }[] = [];
  const now = Date.now();
  for (let i = 0; i < sessions; i++) {
    let code = newJoinCode();
    while (store.codeInUse(code)) code = newJoinCode();
    const roomId = newRoomId();
    const settings = { scenario: 'het-dorp', rounds: 5, language: 'nl' as const, timers: null, selfRun: false };
    store.createSession({ code, roomId, keyHash: hashSecret(key), settings, seed: newSeed(), createdAt: now });
    const actions = [
      { type: 'addTeam', name: 'Noord', colour: '#E69F00', icon: 'sun', bot: null },
      { type: 'addTeam', name: 'Zuid', colour: '#56B4E9', icon: 'leaf', bot: null },
      { type: 'start' },
      { type: 'next' },
    ];
    actions.forEach((action, a) => store.appendAction(code, { seq: a + 1, at: now - 60_000, by: 'facilitator', action: action as never }));
    store.markStarted(code, now - 60_000);
    codes.push({ code, roomId });
  }
  store.close();
  const started = performance.now();
  const server = await spawnServer(port, dataDir);
  const connections: Connection[] = [];
  try {
    const listeningMs = performance.now() - started;
    const old = codes[Math.floor(codes.length / 2)]!;
    const device = await connect(old.roomId, { role: 'team', code: old.code, deviceToken: 'bench-stored-device-00001' }, server.url);
    connections.push(device);
    await device.ask('chooseTeam', { team: 't1' });
    const playingMs = performance.now() - started;
    for (let i = 0; i < 600 && !server.output().includes('restored'); i++) await new Promise((r) => setTimeout(r, 50));
    const allRestoredMs = performance.now() - started;
    return { sessions, listeningMs: Math.round(listeningMs), playingMs: Math.round(playingMs), allRecentRestoredMs: Math.round(allRestoredMs) };
  } finally {
    await leaveAll(connections);
    await server.kill('SIGTERM');
  }
}
