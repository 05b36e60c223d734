// One room, 9 clients on loopback, the server in its own process: time from sending an action to every
// client having applied the patch, patch bytes per action type, and the bytes of a joining client's state.
import { Client, type Room } from '@colyseus/sdk';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LegalSummary } from '../shared/protocol/legal-summary.ts';
import { createSession } from '../tests/helpers/api.ts';
import { spawnServer } from '../tests/helpers/process.ts';

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Counts the bytes a client receives over its WebSocket. */
function byteCounter(room: Room) {
  const counter = { bytes: 0 };
  const ws = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  ws.addEventListener('message', (e: MessageEvent) => {
    counter.bytes += e.data instanceof ArrayBuffer ? e.data.byteLength : String(e.data).length;
  });
  return counter;
}

/**
 * Bytes a newly joining client receives up to its first full state, counted at its WebSocket. The SDK keeps
 * its own reference to the WebSocket class, so the count wraps the prototype's onmessage setter while joining.
 */
async function measureJoinBytes(url: string, roomId: string, code: string): Promise<number> {
  const proto = WebSocket.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'onmessage')!;
  let bytes = 0;
  Object.defineProperty(proto, 'onmessage', {
    configurable: true,
    get: original.get,
    set(handler: ((e: MessageEvent) => void) | null) {
      original.set!.call(this, handler && ((e: MessageEvent) => {
        bytes += e.data instanceof ArrayBuffer ? e.data.byteLength : String(e.data).length;
        handler.call(this, e);
      }));
    },
  });
  try {
    const room = await joinRoom(url, roomId, { role: 'observer', code });
    await new Promise((r) => setTimeout(r, 50));
    await room.leave();
    return bytes;
  } finally {
    Object.defineProperty(proto, 'onmessage', original);
  }
}

export async function joinRoom(url: string, roomId: string, options: object) {
  const room = await new Client(url).joinById(roomId, options);
  room.onMessage('*', () => {});
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
  return room;
}

/** Resolves when every room satisfies the condition; fails after `ms` (a benchmark must not hang). */
export function allSee(rooms: Room[], condition: (state: any) => boolean, ms = 10_000): Promise<void> {
  return Promise.all(rooms.map((room) => new Promise<void>((resolve, reject) => {
    if (condition(room.state)) return resolve();
    const timer = setTimeout(() => {
      room.onStateChange.remove(check);
      reject(new Error(`not seen within ${ms} ms: ${condition.toString()}`));
    }, ms);
    const check = (state: any) => {
      if (!condition(state)) return;
      clearTimeout(timer);
      room.onStateChange.remove(check);
      resolve();
    };
    room.onStateChange(check);
  }))).then(() => undefined);
}

/**
 * Times `samples` toggles after `warmUp` unmeasured ones: from sending to every room having applied the change.
 * The sender changes each time and pauses between samples, staying under the room's per-client message limit
 * as people do. `toggle` gives how to send the i-th change and the condition that shows it arrived.
 */
async function timeToggles(rooms: Room[], warmUp: number, samples: number, toggle: (i: number, on: boolean) => { send(): void; arrived(state: any): boolean }) {
  const once = async (i: number) => {
    const { send, arrived } = toggle(i, i % 2 === 0);
    const started = performance.now();
    const seen = allSee(rooms, arrived);
    send();
    await seen;
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 15));
    return ms;
  };
  const first: number[] = [];
  for (let i = 0; i < warmUp; i++) first.push(await once(i));
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) latencies.push(await once(warmUp + i));
  return { first: first.sort((a, b) => a - b), latencies: latencies.sort((a, b) => a - b) };
}

/**
 * samples: measured actions; warmUp: actions before them, measured apart. A server's first actions run code
 * the JIT has not optimised yet and meet the collection of its start-up garbage: the first 50 were about half
 * as fast again as the rest. The steady figure is what a room feels after its first minutes; the first
 * actions' figure is reported beside it.
 */
/** The same measurement against a server with the same framework and transport but no game (floor-server.ts). */
export async function benchFloor({ samples = 300, warmUp = 100, port = 32_568 } = {}) {
  const server = await spawnServer(port, mkdtempSync(join(tmpdir(), 'gk-floor-')), {}, [], fileURLToPath(new URL('./floor-server.ts', import.meta.url)));
  try {
    const host = await new Client(server.url).create('floor');
    const rooms = [host];
    for (let i = 1; i < 9; i++) rooms.push(await joinRoom(server.url, host.roomId, {}));
    const senders = rooms.slice(0, 4);
    const { latencies } = await timeToggles(rooms, warmUp, samples, (i, on) => ({
      send: () => senders[i % senders.length]!.send('toggle'),
      arrived: (st) => st.on === on,
    }));
    for (const room of rooms) await room.leave();
    return { clients: rooms.length, samples, p50Ms: round2(percentile(latencies, 0.5)), p95Ms: round2(percentile(latencies, 0.95)), p99Ms: round2(percentile(latencies, 0.99)) };
  } finally {
    await server.kill('SIGTERM');
  }
}

export async function benchRoom({ samples = 300, warmUp = 100, port = 32_567 } = {}) {
  const server = await spawnServer(port, mkdtempSync(join(tmpdir(), 'gk-bench-')));
  try {
    const s = await createSession(server.url, { rounds: 5 });
    const facilitator = await joinRoom(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const f = (action: object) => facilitator.request('facilitator', { key: s.key, action });
    const devices: Room[] = [];
    for (let i = 0; i < 7; i++) devices.push(await joinRoom(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: `bench-device-token-${i}-xxxxxxxx` }));
    await devices[0]!.request('createTeam', { name: 'Een', colour: '#E69F00', icon: 'sun' });
    await devices[1]!.request('createTeam', { name: 'Twee', colour: '#56B4E9', icon: 'leaf' });
    for (let i = 2; i < 7; i++) await devices[i]!.request('chooseTeam', { team: i % 2 === 0 ? 't1' : 't2' });
    const observer = await joinRoom(server.url, s.roomId, { role: 'observer', code: s.code });
    const joinBytes = await measureJoinBytes(server.url, s.roomId, s.code);
    const rooms = [facilitator, observer, ...devices];
    const counter = byteCounter(observer);
    await f({ type: 'start' });
    await f({ type: 'next' });
    await allSee(rooms, (st) => st.phase === 'doen');

    // Latency: team 1 toggles Klaar (team 2 stays busy, so the phase does not end).
    const team1 = [devices[0]!, devices[2]!, devices[4]!, devices[6]!];
    const { first, latencies } = await timeToggles(rooms, warmUp, samples, (i, ready) => ({
      send: () => team1[i % team1.length]!.send('intent', { type: 'ready', ready }),
      arrived: (st) => st.teams.get('t1')?.ready === ready,
    }));

    // Patch bytes as an observer receives them, per kind of action.
    const patchBytes: Record<string, number> = {};
    const measure = async (name: string, act: () => Promise<unknown>, done: (st: any) => boolean) => {
      await new Promise((r) => setTimeout(r, 50));
      const before = counter.bytes;
      await act();
      await allSee([observer], done);
      await new Promise((r) => setTimeout(r, 50));
      patchBytes[name] = counter.bytes - before;
    };
    const readyNow = observer.state.teams.get('t1').ready;
    await measure('ready', () => devices[0]!.request('intent', { type: 'ready', ready: !readyNow }), (st) => st.teams.get('t1').ready === !readyNow);
    // Claim, fund and trade as the web client does: from the team's own legal-action summary and its tokens.
    await new Promise((r) => setTimeout(r, 50));
    const legal = () => JSON.parse(devices[0]!.state.privates.get('t1').legal) as LegalSummary;
    const [claimed, places] = Object.entries(legal().claim)[0] ?? [];
    if (claimed && places?.[0]) {
      await devices[0]!.request('intent', { type: 'claim', initiative: claimed, location: places[0] });
      await allSee([observer, devices[0]!], (st) => st.projects.size === 1);
      const token = legal().fund[claimed]?.[0];
      if (token) await measure('fund', () => devices[0]!.request('intent', { type: 'fund', initiative: claimed, tokens: { [token]: 1 } }), (st) => st.projects.get(claimed).paid[token] === 1);
    }
    const tokens = observer.state.teams.get('t1').tokens;
    const give = (['energie', 'handen', 'netwerk', 'geld'] as const).find((k) => tokens[k] > 0);
    if (give) {
      const want = give === 'netwerk' ? 'handen' : 'netwerk';
      await measure('offerTrade', () => devices[0]!.request('intent', { type: 'offerTrade', to: 't2', give: { [give]: 1 }, want: { [want]: 1 } }), (st) => st.trades.length === 1);
    }
    await measure('next (to Gedoe)', () => f({ type: 'next' }), (st) => st.phase === 'gedoe');
    // Latency of a vote changed back and forth: an action after which every team's legal-action summary is
    // worked out again (unlike Klaar). A vote before the reveal reaches only the team's devices and the facilitator.
    // The reason changes each time (a team may be able to afford only one option).
    await allSee([devices[0]!], (st) => Object.keys(JSON.parse(st.privates.get('t1')?.legal ?? '{}').vote ?? {}).length >= 1);
    const option = Object.keys(legal().vote)[0]!;
    const reason = (on: boolean) => (on ? 'Samen sterker' : 'Eerst de buren vragen');
    const seeingVote = [facilitator, ...team1];
    const votes = await timeToggles(seeingVote, Math.min(warmUp, 50), samples, (i, on) => ({
      send: () => team1[i % team1.length]!.send('intent', { type: 'vote', option, reason: reason(on) }),
      arrived: (st) => st.privates.get('t1')?.voteReason === reason(on),
    }));
    const dilemma = observer.state.dilemma;
    if (dilemma && [...dilemma.targets].includes('t1')) {
      const deck = (await (await fetch(`${server.url}/api/sessions/${s.code}/deck`)).json()) as { dilemmas: { id: string; default: string }[] };
      const option = deck.dilemmas.find((d) => d.id === dilemma.card)!.default;
      // A vote is the team's choice until it is locked; the locked vote is what every screen hears of.
      await devices[0]!.request('intent', { type: 'vote', option });
      await measure('lockVote', () => devices[0]!.request('intent', { type: 'lockVote' }), (st) => [...st.dilemma.voted].includes('t1'));
    }

    for (const room of rooms) await room.leave();
    return {
      clients: rooms.length,
      samples,
      p50Ms: round2(percentile(latencies, 0.5)),
      p95Ms: round2(percentile(latencies, 0.95)),
      p99Ms: round2(percentile(latencies, 0.99)),
      warmUp,
      firstActions: warmUp > 0 ? { p50Ms: round2(percentile(first, 0.5)), p95Ms: round2(percentile(first, 0.95)) } : null,
      voteChange: { clients: seeingVote.length, p50Ms: round2(percentile(votes.latencies, 0.5)), p95Ms: round2(percentile(votes.latencies, 0.95)) },
      patchBytes,
      joinBytes,
    };
  } finally {
    await server.kill('SIGTERM');
  }
}
