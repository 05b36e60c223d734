// Scale-out: two game processes share rooms through Redis (Debian's redis-server on 127.0.0.1). A session
// created on one is joined and played through the other; each process keeps and restores its own sessions.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../client/lib/net.ts';
import { spawnServer, type ServerProcess } from './helpers/process.ts';
import { createSession } from './helpers/api.ts';
import { testPort } from './helpers/server.ts';

const REDIS_PORT = testPort(45);
let redis: ChildProcess;
const processes: ServerProcess[] = [];

beforeAll(async () => {
  redis = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const ready = await new Promise<boolean>((resolve) => {
      const probe = spawn('redis-cli', ['-p', String(REDIS_PORT), 'ping']);
      let out = '';
      probe.stdout.on('data', (d) => (out += d));
      probe.on('exit', () => resolve(out.includes('PONG')));
    });
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not start');
});

afterAll(async () => {
  redis?.kill('SIGTERM');
  await Promise.all(processes.map((p) => p.kill('SIGTERM')));
});

async function gameProcess(offset: number, dataDir: string) {
  const port = testPort(offset);
  const p = await spawnServer(port, dataDir, { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`, PUBLIC_ADDRESS: `127.0.0.1:${port}` });
  processes.push(p);
  return p;
}

describe('scale-out on Redis', () => {
  it('joins and plays a session held by one process through the other, and each restores its own', async () => {
    const dirA = mkdtempSync(join(tmpdir(), 'gk-a-'));
    const dirB = mkdtempSync(join(tmpdir(), 'gk-b-'));
    let a = await gameProcess(46, dirA);
    const b = await gameProcess(47, dirB);

    const s = await createSession(a.url, { scenario: 'de-stadswijk' });

    // The join code works on B; the room lives on A; the clients talk to B's matchmaker.
    const found = await (await fetch(`${b.url}/api/join/${s.code}`)).json();
    expect(found.roomId).toBe(s.roomId);
    const deck = await fetch(`${b.url}/api/sessions/${s.code}/deck`);
    expect(deck.status).toBe(200);
    expect((await deck.json()).scenarios.length).toBe(2);

    const facilitator = await connect(s.roomId, { role: 'facilitator', key: s.key }, b.url);
    const device = await connect(s.roomId, { role: 'team', code: s.code, deviceToken: 'scale-out-device-0123456789' }, b.url);
    expect(await device.ask('createTeam', { name: 'Overal', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
    const f = (action: object) => facilitator.ask('facilitator', { key: s.key, action });
    await f({ type: 'start' });
    // One whole round.
    for (let i = 0; i < 4; i++) await f({ type: 'next' });
    if (facilitator.game().phase !== 'ontmoeten') await f({ type: 'next' });
    const until = async (ok: () => boolean) => { for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25)); };
    await until(() => device.game().round === 2);
    expect(device.game().round).toBe(2);
    expect(JSON.parse(device.game().history)[0].round).toBe(1);

    // The export asked of B comes from A, where the session is stored.
    const exported = await fetch(`${b.url}/api/sessions/${s.code}/export.csv`, { headers: { 'x-facilitator-key': s.key } });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('Overal');

    // A restarts after a crash and restores its session from its own DATA_DIR; the clients find it again.
    const back: string[] = [];
    facilitator.onStatus((st) => back.push(`f:${st}`));
    device.onStatus((st) => back.push(`d:${st}`));
    await a.kill('SIGKILL');
    processes.splice(processes.indexOf(a), 1);
    a = await gameProcess(46, dirA);
    for (let i = 0; i < 50 && !a.output().includes('restored'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(a.output()).toContain(`restored 1 unfinished session(s): ${s.code}`);
    expect(b.output()).not.toContain('restored');
    for (let i = 0; i < 400 && !(back.includes('f:online') && back.includes('d:online')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(back).toContain('f:online');
    expect(device.game().round).toBe(2);
    expect(await f({ type: 'next' })).toEqual({ ok: true });

    // Guessing through B, which does not hold the room: B checks the key and the code itself and counts each
    // wrong guess in its limiter, so the guesses stop there.
    const guess = (options: object) =>
      fetch(`${b.url}/matchmake/joinById/${s.roomId}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options),
      }).then((res) => res.status);
    expect(await guess({ role: 'facilitator', key: 'x'.repeat(32) })).toBe(403);
    expect(await guess({ role: 'observer', code: 'ZZZZZZ' })).toBe(403);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push(await guess({ role: 'facilitator', key: `${i}`.repeat(32) }));
    expect(statuses.at(-1)).toBe(429);
    // The right key through A still opens the facilitator seat: the limit is B's, per address.
    const second = await connect(s.roomId, { role: 'facilitator', key: s.key }, a.url);
    expect(second.game().phase).toBe(facilitator.game().phase);
  }, 90_000);
});
