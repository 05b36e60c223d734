// A flooding client in one room: how fast the server cuts it off, and what it does to another room's latency
// (p95 of action → all 9 clients, before and during the flood).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Room } from '@colyseus/sdk';
import { createSession } from '../tests/helpers/api.ts';
import { spawnServer } from '../tests/helpers/process.ts';
import { allSee, joinRoom, percentile } from './room.ts';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** p95 of toggling Klaar in a 9-client room, one sample every 25 ms (under the per-client limit). */
async function latencies(rooms: Room[], device: Room, samples: number) {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const want = i % 2 === 0;
    const started = performance.now();
    const seen = allSee(rooms, (st) => st.teams.get('t1')?.ready === want);
    device.send('intent', { type: 'ready', ready: want });
    await seen;
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 25));
  }
  return round2(percentile(times.sort((a, b) => a - b), 0.95));
}

export async function benchFlood({ samples = 200, port = 32_650 } = {}) {
  const server = await spawnServer(port, mkdtempSync(join(tmpdir(), 'gk-flood-')));
  try {
    const quiet = await createSession(server.url, { rounds: 5 });
    const facilitator = await joinRoom(server.url, quiet.roomId, { role: 'facilitator', key: quiet.key });
    const devices: Room[] = [];
    for (let i = 0; i < 8; i++) devices.push(await joinRoom(server.url, quiet.roomId, { role: 'team', code: quiet.code, deviceToken: `flood-bench-${i}-xxxxxxxxxx` }));
    await devices[0]!.request('createTeam', { name: 'Stil', colour: '#E69F00', icon: 'sun' });
    await devices[1]!.request('createTeam', { name: 'Rustig', colour: '#56B4E9', icon: 'leaf' });
    await facilitator.request('facilitator', { key: quiet.key, action: { type: 'start' } });
    const rooms = [facilitator, ...devices];
    const baselineP95Ms = await latencies(rooms, devices[0]!, samples);

    const noisy = await createSession(server.url, { rounds: 5 });
    const flooder = await joinRoom(server.url, noisy.roomId, { role: 'observer', code: noisy.code });
    flooder.reconnection.enabled = false;
    const cut = new Promise<number>((resolve) => flooder.onLeave.once(() => resolve(performance.now())));
    const started = performance.now();
    const flood = setInterval(() => {
      for (let i = 0; i < 200; i++) flooder.send('intent', { type: 'ready', ready: true });
    }, 5);
    const during = latencies(rooms, devices[0]!, Math.max(20, Math.floor(samples / 4)));
    const cutOffMs = Math.round((await cut) - started);
    clearInterval(flood);
    const duringP95Ms = await during;
    for (const r of rooms) await r.leave();
    return { baselineP95Ms, duringFloodP95Ms: duringP95Ms, differenceMs: round2(duringP95Ms - baselineP95Ms), cutOffMs };
  } finally {
    await server.kill('SIGTERM');
  }
}
