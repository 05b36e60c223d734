// Bad input gets a clear refusal and the room plays on; secrets stay secret; timers and self-run sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ joinAttemptsPerMinute: 10, trustProxy: ['loopback'] });
});
afterAll(async () => {
  await server.stop();
});

const refused = (code: string) => ({ refused: expect.objectContaining({ code }) });

describe('bad input', () => {
  it('refuses malformed payloads of every message type without kicking, and the room plays on', async () => {
    const s = await createSession(server.url);
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    const malformed: [string, unknown][] = [
      ['intent', { type: 'fund' }],
      ['intent', { type: 'fund', initiative: 'schommel', tokens: { energie: -3 } }],
      ['intent', { type: 'claim', initiative: 'x'.repeat(5000), location: 'a' }],
      ['intent', { type: 'teleport' }],
      ['intent', { type: 'ready', ready: true, team: 't2' }],
      ['intent', null],
      ['intent', [1, 2, 3]],
      ['createTeam', { name: '', colour: '#E69F00', icon: 'sun' }],
      ['createTeam', { name: 'A'.repeat(25), colour: '#E69F00', icon: 'sun' }],
      ['createTeam', { name: 'Paars', colour: '#800080', icon: 'sun' }],
      ['chooseTeam', { team: '../etc' }],
      ['selfRun', { action: 'end' }],
      ['facilitator', { action: { type: 'start' } }],
      ['facilitator', { key: s.key, action: { type: 'next', extra: 1 } }],
      ['facilitator', 'start'],
    ];
    for (const [type, payload] of malformed) expect(await ask(device, type, payload), `${type} ${JSON.stringify(payload)}`).toEqual(refused('badMessage'));

    expect(await ask(device, 'intent', { type: 'ready', ready: true })).toEqual(refused('noTeamYet'));
    expect(await ask(device, 'createTeam', { name: '  De Bijen  ', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
    const second = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    expect(await ask(second, 'createTeam', { name: 'de bijen', colour: '#56B4E9', icon: 'leaf' })).toEqual(refused('nameTaken'));
    await second.leave();
    expect(await ask(device, 'intent', { type: 'fund', initiative: 'schommel', tokens: { handen: 1 } })).toEqual(refused('notStarted'));
    expect(await ask(device, 'facilitator', { key: 'not-the-key-at-all', action: { type: 'start' } })).toEqual(refused('wrongKey'));
    expect(await ask(device, 'selfRun', { action: 'start' })).toEqual(refused('facilitatorOnly'));
    expect(await ask(facilitator, 'intent', { type: 'ready', ready: true })).toEqual(refused('notATeamDevice'));

    // The room plays on: a proper start and an action in the right phase are accepted.
    expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } })).toEqual({ ok: true });
    expect(await ask(device, 'intent', { type: 'vote', option: 'x' })).toEqual(refused('wrongPhase'));
    expect(await ask(device, 'intent', { type: 'ready', ready: true })).toEqual({ ok: true });
    await waitFor(facilitator, (st) => st.phase === 'doen');
    expect(device.connection.isOpen).toBe(true);
    await device.leave();
    await facilitator.leave();
  });

  it('cuts off a client that sends something that is not a message of the game at all', async () => {
    const s = await createSession(server.url);
    const rogue = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    const left = new Promise<number>((resolve) => rogue.onLeave.once((code) => resolve(code)));
    rogue.reconnection.enabled = false;
    rogue.send('hack-the-planet', { x: 1 });
    expect(await left).toBe(4002);
    const honest = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    expect(honest.state.phase).toBe('lobby');
    await honest.leave();
  });

  it('refuses a facilitator join with a wrong key and never sends the key to devices or observers', async () => {
    const s = await createSession(server.url);
    await expect(join(server.url, s.roomId, { role: 'facilitator', key: 'wrong-key-wrong-key' })).rejects.toThrow();
    const observer = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    const seen: string[] = [];
    for (const r of [observer, device]) r.onMessage('*', (type, payload) => seen.push(JSON.stringify([type, payload])));
    await ask(device, 'createTeam', { name: 'Nieuwsgierig', colour: '#E69F00', icon: 'sun' });
    await waitFor(observer, (st) => st.teams.size === 1);
    expect(JSON.stringify(observer.state.toJSON())).not.toContain(s.key);
    expect(JSON.stringify(device.state.toJSON())).not.toContain(s.key);
    expect(seen.join('')).not.toContain(s.key);
    await observer.leave();
    await device.leave();
  });
});

describe('join codes', () => {
  it('uses 6 characters without look-alikes, and rate-limits wrong guesses per address', async () => {
    const s = await createSession(server.url);
    // As if through the README's proxy, from an address of its own: the limit it uses up holds up no other test.
    const from = { headers: { 'x-forwarded-for': '10.9.8.7' } };
    expect(s.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(s.key.length).toBeGreaterThanOrEqual(32);
    expect((await fetch(`${server.url}/api/join/${s.code.toLowerCase()}`, from)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await fetch(`${server.url}/api/join/ZZZZZ${i % 10}`, from)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = await fetch(`${server.url}/api/join/${s.code}`, from);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: 'tooManyAttempts' });
    // Another tablet behind the same proxy is not locked out.
    expect((await fetch(`${server.url}/api/join/${s.code}`, { headers: { 'x-forwarded-for': '10.9.8.6' } })).status).toBe(200);
  });

  it('refuses a deck with problems as a whole, with the list of problems', async () => {
    const bad = 'dilemmas:\n  - id: kapot\n    kind: gedoe\n    title: { nl: "Kapot" }\n';
    const res = await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'het-dorp', deck: bad }) });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe('deckInvalid');
    expect(body.problems).toContain('upload.yaml: kapot: title.en: missing translation');
  });

  it('accepts a deck of own dilemma cards that extends the built-in one', async () => {
    const own = `dilemmas:
  - id: eigen-dilemma
    kind: gedoe
    tags: [inclusie]
    title: { nl: "Eigen", en: "Own" }
    situation: { nl: "Een situatie uit onze wijk.", en: "A situation from our district." }
    target: { kind: all }
    options:
      - { id: a, label: { nl: "Ja", en: "Yes" }, hint: { nl: "Rust.", en: "Calm." } }
      - { id: b, label: { nl: "Nee", en: "No" }, hint: { nl: "Kost moeite.", en: "Takes effort." }, effects: [{ type: cp, delta: 1 }, { type: vertrouwen, delta: -1 }] }
    default: a
    reflection: { nl: "Waarom?", en: "Why?" }
`;
    const s = await createSession(server.url, { deck: own });
    const deck = await (await fetch(`${server.url}/api/sessions/${s.code}/deck`)).json();
    expect(deck.dilemmas.map((d: { id: string }) => d.id)).toContain('eigen-dilemma');
    expect(deck.dilemmas.every((d: { options: { hidden: unknown[] }[] }) => d.options.every((o) => o.hidden.length === 0))).toBe(true);
  });
});

describe('timers and self-run sessions', () => {
  it('runs the game on its timers in a self-run session: any device may start and move on', async () => {
    const s = await createSession(server.url, { selfRun: true, timers: { ontmoeten: 10, doen: 10, gedoe: 10, reveal: 10, vieren: 10 } });
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    await ask(device, 'createTeam', { name: 'Zelfstarters', colour: '#E69F00', icon: 'sun' });
    expect(await ask(device, 'selfRun', { action: 'start' })).toEqual({ ok: true });
    await waitFor(device, (st) => st.phase === 'ontmoeten' && st.timer.running);
    expect(device.state.timer.durationMs).toBe(10_000);
    expect(await ask(device, 'selfRun', { action: 'next' })).toEqual({ ok: true });
    await waitFor(device, (st) => st.phase === 'doen');
    expect(await ask(device, 'selfRun', { action: 'pause' })).toEqual({ ok: true });
    await waitFor(device, (st) => st.paused && !st.timer.running);
    expect(await ask(device, 'selfRun', { action: 'resume' })).toEqual({ ok: true });
    await waitFor(device, (st) => !st.paused && st.timer.running);
    await device.leave();
  });

  it('closes Doen when its timer runs out; the facilitator can add a minute or pause it', async () => {
    const s = await createSession(server.url, { timers: { doen: 10, gedoe: null } });
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const f = (action: object) => ask(facilitator, 'facilitator', { key: s.key, action });
    await f({ type: 'addTeam', name: 'Klok', colour: '#E69F00', icon: 'sun', bot: null });
    await f({ type: 'start' });
    await f({ type: 'next' });
    await waitFor(facilitator, (st) => st.phase === 'doen' && st.timer.running && st.timer.durationMs === 10_000);
    await waitFor(facilitator, (st) => st.phase === 'gedoe', 13_000);
    expect(facilitator.state.timer.phaseKey).toBe('');

    const s2 = await createSession(server.url, { timers: { doen: 10 } });
    const f2room = await join(server.url, s2.roomId, { role: 'facilitator', key: s2.key });
    const f2 = (action: object) => ask(f2room, 'facilitator', { key: s2.key, action });
    await f2({ type: 'addTeam', name: 'Klok', colour: '#E69F00', icon: 'sun', bot: null });
    expect(await f2({ type: 'extendTimer', seconds: 60 })).toEqual(refused('noTimer'));
    await f2({ type: 'start' });
    await f2({ type: 'next' });
    await waitFor(f2room, (st) => st.phase === 'doen' && st.timer.running);
    expect(await f2({ type: 'extendTimer', seconds: 60 })).toEqual({ ok: true });
    await waitFor(f2room, (st) => st.timer.remainingMs > 60_000 && st.timer.durationMs === 70_000);
    await f2({ type: 'pause' });
    await waitFor(f2room, (st) => st.paused && !st.timer.running);
    const left = f2room.state.timer.remainingMs;
    await new Promise((r) => setTimeout(r, 1500));
    expect(f2room.state.timer.remainingMs).toBe(left);
    await facilitator.leave();
    await f2room.leave();
  }, 30_000);
});
