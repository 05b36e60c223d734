// Chaos: the server is killed with SIGKILL in the middle of a vote and comes back; clients reconnect by
// themselves with the web client's own connection code; nothing acknowledged is lost. SIGTERM shuts down
// cleanly; an unusable DATA_DIR stops the server at once with a clear message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connect, type Connection } from '../client/lib/net.ts';
import { SessionStore } from '../server/store.ts';
import { replay } from '../shared/engine/index.ts';
import { deck } from './helpers/deck.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import { spawnServer } from './helpers/process.ts';
import { createSession } from './helpers/api.ts';
import { testPort } from './helpers/server.ts';

const until = async (condition: () => boolean, ms = 15_000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('chaos', () => {
  it('survives SIGKILL in the middle of a vote: clients come back by themselves, no acknowledged action is lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gk-chaos-'));
    const port = testPort(11);
    let proc = await spawnServer(port, dataDir);
    onTestFinished(() => void proc.kill());
    const s = await createSession(proc.url);
    const facilitator = await connect(s.roomId, { role: 'facilitator', key: s.key }, proc.url);
    const a = await connect(s.roomId, { role: 'team', code: s.code, deviceToken: 'chaos-device-a-0123456789' }, proc.url);
    const b = await connect(s.roomId, { role: 'team', code: s.code, deviceToken: 'chaos-device-b-0123456789' }, proc.url);
    await a.ask('createTeam', { name: 'Alfa', colour: '#E69F00', icon: 'sun' });
    await b.ask('createTeam', { name: 'Bravo', colour: '#56B4E9', icon: 'leaf' });
    const f = (action: object) => facilitator.ask('facilitator', { key: s.key, action });
    await f({ type: 'pickDilemma', dilemma: 'gerucht' });
    await f({ type: 'start' });
    await f({ type: 'next' });
    await f({ type: 'next' });
    await until(() => a.game().phase === 'gedoe');
    expect(await a.ask('intent', { type: 'vote', option: 'boos-reageren' })).toEqual({ ok: true });

    const statuses: string[] = [];
    for (const c of [facilitator, a, b]) c.onStatus((st) => statuses.push(st));
    const killedAt = Date.now();
    await proc.kill('SIGKILL');
    proc = await spawnServer(port, dataDir);

    // Every client is back on its own, in the same seat, and the acknowledged vote is still there.
    await until(() => statuses.filter((st) => st === 'online').length >= 3, 20_000);
    await until(() => a.game().privates?.t1?.vote === 'boos-reageren');
    expect(a.game().phase).toBe('gedoe');
    expect(Object.keys(b.game().privates ?? {})).toEqual(['t2']);
    expect(await b.ask('intent', { type: 'vote', option: 'boos-reageren' })).toEqual({ ok: true });
    expect(await a.ask('intent', { type: 'lockVote' })).toEqual({ ok: true });
    expect(await b.ask('intent', { type: 'lockVote' })).toEqual({ ok: true });
    const playingAgainMs = Date.now() - killedAt;
    await until(() => facilitator.game().dilemma?.revealed === true);
    expect(facilitator.game().dilemma!.choices.map((c) => c.team).sort()).toEqual(['t1', 't2']);
    expect(playingAgainMs).toBeLessThan(15_000);

    // Play on to the end; the final state equals an uninterrupted replay of the stored actions.
    while (facilitator.game().phase !== 'ended') await f({ type: 'next' });
    const seen = facilitator.game();
    await proc.kill('SIGTERM');
    const store = new SessionStore(dataDir);
    const session = store.session(s.code)!;
    const log = store.actions(s.code).map((l) => l.action);
    store.close();
    const uninterrupted = replay(deckForScenario(deck, 'het-dorp'), { scenario: 'het-dorp', rounds: 3, language: 'nl' }, session.seed, log);
    expect(uninterrupted.ok).toBe(true);
    if (!uninterrupted.ok) return;
    expect(uninterrupted.value.cp).toBe(seen.cp);
    expect(uninterrupted.value.vertrouwen).toBe(seen.vertrouwen);
    expect(uninterrupted.value.rounds.map((r) => r.choices)).toEqual(JSON.parse(seen.history).map((r: { choices: unknown }) => r.choices));
    expect(log.filter((x) => x.type === 'vote')).toHaveLength(2);
  }, 90_000);

  it('shuts down cleanly on SIGTERM: clients are told, the data stays, the exit code is 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gk-term-'));
    const proc = await spawnServer(testPort(12), dataDir);
    const s = await createSession(proc.url);
    const observer: Connection = await connect(s.roomId, { role: 'observer', code: s.code }, proc.url);
    const statuses: string[] = [];
    observer.onStatus((st) => statuses.push(st));
    expect(await proc.kill('SIGTERM')).toBe(0);
    expect(proc.output()).toContain('[SIGTERM] saving and closing');
    await until(() => statuses.includes('reconnecting'));
    const store = new SessionStore(dataDir);
    expect(store.session(s.code)?.roomId).toBe(s.roomId);
    store.close();
  }, 30_000);

  it('refuses to start with a DATA_DIR it cannot write, with a clear message and a non-zero exit', async () => {
    const notADir = join(mkdtempSync(join(tmpdir(), 'gk-bad-')), 'a-file');
    writeFileSync(notADir, 'not a folder');
    const child = spawn(process.execPath, ['server/main.ts'], { env: { ...process.env, PORT: String(testPort(13)), HOST: '127.0.0.1', DATA_DIR: join(notADir, 'data') } });
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    child.stdout.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot start: DATA_DIR .* cannot be used for the game data/);
    expect(output).not.toContain('is running');
  }, 30_000);
});
