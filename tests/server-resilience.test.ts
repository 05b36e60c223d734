// Dropped devices come back to their team; a hard-killed server comes back with every acknowledged action.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { replay, viewFor } from '../shared/engine/index.ts';
import { SessionStore } from '../server/store.ts';
import { deck } from './helpers/deck.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import { spawnServer } from './helpers/process.ts';
import { createSession } from './helpers/api.ts';
import { ask, dropAndReconnect, join, newDeviceToken, startServer, testPort, waitFor, type TestServer } from './helpers/server.ts';

describe('reconnection', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('brings a device back to its team after a drop in the first seconds and after a drop mid-vote', async () => {
    const s = await createSession(server.url);
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const token = newDeviceToken();
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: token });
    await ask(device, 'createTeam', { name: 'Team Snel', colour: '#E69F00', icon: 'sun' });
    // Dropped within 2 s of joining: the seat is held and the device is back in its team.
    const sessionId = device.sessionId;
    await dropAndReconnect(device);
    expect(device.sessionId).toBe(sessionId);
    expect([...device.state.privates.keys()]).toEqual(['t1']);
    await waitFor(facilitator, (st) => st.teams.get('t1')?.devicesOnline === 1 && st.teams.get('t1')?.devicesOffline === 0);
    const back = device;

    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'addTeam', name: 'Wachters', colour: '#0072B2', icon: 'home', bot: null } });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'pickDilemma', dilemma: 'gerucht' } });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } });
    while (facilitator.state.phase !== 'gedoe') await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'next' } });

    // Mid-vote: the team has voted (hidden from others), the tablet drops and comes back with the same vote.
    expect(await ask(back, 'intent', { type: 'vote', option: 'boos-reageren' })).toEqual({ ok: true });
    await waitFor(back, (st) => st.privates.get('t1').vote === 'boos-reageren');
    expect(back.state.privates.get('t1').voteBy).toBe(back.sessionId);
    const hand = [...back.state.privates.get('t1').hand];
    await dropAndReconnect(back);
    const again = back;
    expect(again.state.phase).toBe('gedoe');
    expect(again.state.privates.get('t1').vote).toBe('boos-reageren');
    expect([...again.state.privates.get('t1').hand]).toEqual(hand);

    // A page reload or a browser restart: a new connection with the token kept in the browser takes the
    // device's seat over at once (the old connection is closed, no ghost stays behind).
    const oldClosed = new Promise<number>((resolve) => again.onLeave.once((code) => resolve(code)));
    const reloaded = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: token });
    expect(await oldClosed).toBe(4000);
    await waitFor(facilitator, (st) => st.teams.get('t1')?.devicesOnline === 1 && st.teams.get('t1')?.devicesOffline === 0);
    expect([...reloaded.state.privates.keys()]).toEqual(['t1']);
    expect(reloaded.state.privates.get('t1').vote).toBe('boos-reageren');
    // The team sees which device's vote counts: here the other tablet's.
    expect(reloaded.state.privates.get('t1').voteBy).not.toBe(reloaded.sessionId);
    expect(reloaded.state.privates.get('t1').voteBy).not.toBe('');
    for (const r of [facilitator, reloaded]) await r.leave();
  }, 30_000);
});

describe('restart after kill -9', () => {
  it('restores every unfinished session from its log, with the same code, key, teams and timer', async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'gk-restart-'));
    const port = testPort(7);
    let proc = await spawnServer(port, dataDir);
    onTestFinished(() => void proc.kill());
    const s = await createSession(proc.url, { timers: { doen: 120, gedoe: 120 } });
    const facilitator = await join(proc.url, s.roomId, { role: 'facilitator', key: s.key });
    const token = newDeviceToken();
    const device = await join(proc.url, s.roomId, { role: 'team', code: s.code, deviceToken: token });
    await ask(device, 'createTeam', { name: 'Doorzetters', colour: '#E69F00', icon: 'sun' });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'addTeam', name: 'Robots', colour: '#56B4E9', icon: 'star', bot: 'sensible' } });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'next' } });
    await waitFor(device, (st) => st.phase === 'doen' && st.timer.running);
    // Claim what the team's legal-action summary offers (one request, as the web client would).
    await waitFor(device, (st) => Object.keys(JSON.parse(st.privates.get('t1').legal).claim ?? {}).length > 0);
    const legal = JSON.parse(device.state.privates.get('t1').legal) as { claim: Record<string, string[]> };
    const [initiative, locations] = Object.entries(legal.claim)[0]!;
    let acknowledged = 0;
    if ('ok' in (await ask(device, 'intent', { type: 'claim', initiative, location: locations[0] }))) acknowledged++;
    expect(acknowledged).toBe(1);
    await new Promise((r) => setTimeout(r, 2500));
    const before = { cp: device.state.cp, projects: [...device.state.projects.keys()], hand: [...device.state.privates.get('t1').hand] };

    expect(await proc.kill('SIGKILL')).toBe(null);
    proc = await spawnServer(port, dataDir);
    // Recently played sessions come back right after the start, in the background.
    for (let i = 0; i < 50 && !proc.output().includes('restored'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(proc.output()).toContain(`restored 1 unfinished session(s): ${s.code}`);

    // Same join code, same room, same key; the device comes back into its team with its token.
    const lookup = await (await fetch(`${proc.url}/api/join/${s.code}`)).json();
    expect(lookup.roomId).toBe(s.roomId);
    const facilitator2 = await join(proc.url, s.roomId, { role: 'facilitator', key: s.key });
    const device2 = await join(proc.url, s.roomId, { role: 'team', code: s.code, deviceToken: token });
    expect([...device2.state.privates.keys()]).toEqual(['t1']);
    expect({ cp: device2.state.cp, projects: [...device2.state.projects.keys()], hand: [...device2.state.privates.get('t1').hand] }).toEqual(before);
    expect(device2.state.phase).toBe('doen');
    expect(device2.state.timer.remainingMs).toBeLessThan(120_000);
    expect(device2.state.timer.remainingMs).toBeGreaterThan(90_000);

    // Play on after the restart: the team offers the bot team a trade, the facilitator moves on. (Not Klaar: with
    // the bot team already done, it would end Doen by itself, and the facilitator's next would skip past Gedoe.)
    const tokens = device2.state.teams.get('t1').tokens;
    const give = (['energie', 'handen', 'netwerk'] as const).find((k) => tokens[k] > 0)!;
    expect(await ask(device2, 'intent', { type: 'offerTrade', to: 't2', give: { [give]: 1 }, want: { geld: 1 } })).toEqual({ ok: true });
    expect(await ask(facilitator2, 'facilitator', { key: s.key, action: { type: 'next' } })).toEqual({ ok: true });
    await waitFor(device2, (st) => st.phase === 'gedoe');
    const seen = viewFor;
    const finalCp = device2.state.cp;
    await facilitator2.leave();
    await device2.leave();
    await proc.kill('SIGTERM');

    // The stored log replays to exactly the state the clients saw.
    const store = new SessionStore(dataDir);
    const session = store.session(s.code)!;
    const log = store.actions(s.code);
    store.close();
    const rebuilt = replay(deckForScenario(deck, 'het-dorp'), { scenario: 'het-dorp', rounds: 3, language: 'nl' }, session.seed, log.map((l) => l.action));
    expect(rebuilt.ok).toBe(true);
    if (rebuilt.ok) {
      expect(rebuilt.value.phase).toBe('gedoe');
      expect(seen(rebuilt.value, 'observer').cp).toBe(finalCp);
      expect(rebuilt.value.projects.map((p) => p.initiative)).toEqual(before.projects);
    }
    expect(log.map((l) => l.seq)).toEqual(log.map((_, i) => i + 1));
  }, 60_000);
});
