// Abuse: a fuzz of random and malformed messages (and raw bytes) into a live room while honest clients
// play on; a flooding client cut off; a long bot game scanned for leaks after every patch.
import fc from 'fast-check';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ joinAttemptsPerMinute: 1000 }, 30);
});
afterAll(async () => {
  await server.stop();
});

const TYPES = ['intent', 'facilitator', 'createTeam', 'chooseTeam', 'selfRun'];

/** Payloads that look almost right: valid shapes with one thing wrong, and arbitrary values. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ type: fc.constantFrom('claim', 'fund', 'play', 'vote', 'ready', 'offerTrade', 'answerTrade', 'start', 'next', 'undo'), initiative: fc.string(), tokens: fc.dictionary(fc.string(), fc.integer()), ready: fc.anything() }),
  fc.record({ key: fc.string(), action: fc.record({ type: fc.string(), team: fc.string() }) }),
  fc.record({ name: fc.string({ maxLength: 40 }), colour: fc.string(), icon: fc.string() }),
  fc.record({ team: fc.string(), action: fc.string() }),
);

describe('fuzz', () => {
  it('takes 10,000 malformed messages and random bytes without falling over; honest players and other rooms play on', async () => {
    const s = await createSession(server.url);
    const other = await createSession(server.url);
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const honest = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    await ask(honest, 'createTeam', { name: 'Eerlijk', colour: '#E69F00', icon: 'sun' });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'addTeam', name: 'Robot', colour: '#56B4E9', icon: 'star', bot: null } });
    await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } });
    const neighbour = await join(server.url, other.roomId, { role: 'team', code: other.code, deviceToken: newDeviceToken() });
    await ask(neighbour, 'createTeam', { name: 'Buren', colour: '#009E73', icon: 'leaf' });

    const samples = fc.sample(fc.tuple(fc.constantFrom(...TYPES), payload), { numRuns: 10_000, seed: 42 });
    const fuzzers: GameRoomClient[] = [];
    for (let i = 0; i < 25; i++) fuzzers.push(await join(server.url, s.roomId, i % 2 ? { role: 'observer', code: s.code } : { role: 'team', code: s.code, deviceToken: newDeviceToken() }));
    let sent = 0;
    // 25 clients, each under the per-client message limit, together about 750 messages a second.
    for (let i = 0; i < samples.length; i += fuzzers.length) {
      fuzzers.forEach((f, j) => {
        const sample = samples[i + j];
        if (!sample) return;
        try {
          f.send(sample[0], sample[1]);
          sent++;
        } catch {
          // a value the SDK itself cannot encode is not a message; skip it
        }
      });
      await new Promise((r) => setTimeout(r, 33));
      if (i % 1000 === 0) {
        // The honest team keeps playing throughout.
        expect(await ask(honest, 'intent', { type: 'ready', ready: (i / 1000) % 2 === 0 })).toEqual({ ok: true });
      }
    }
    expect(sent).toBeGreaterThanOrEqual(9_900);

    // Raw random bytes and unknown message types: those connections are cut, nothing else is.
    const bytes = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 200 }), { numRuns: 50, seed: 7 });
    for (const raw of bytes) {
      const rogue = await new Client(server.url).joinById(s.roomId, { role: 'observer', code: s.code });
      rogue.reconnection.enabled = false;
      rogue.onMessage('*', () => {});
      rogue.onLeave(() => {});
      rogue.connection.send(raw);
      rogue.send('no-such-message', { x: 1 });
    }

    // Still up; the honest client and the neighbouring room still play.
    expect((await fetch(`${server.url}/health`)).ok).toBe(true);
    expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'next' } })).toEqual({ ok: true });
    await waitFor(honest, (st) => st.phase === 'doen');
    expect(await ask(honest, 'intent', { type: 'ready', ready: true })).toEqual({ ok: true });
    expect(await ask(neighbour, 'selfRun', { action: 'start' })).toEqual({ refused: expect.objectContaining({ code: 'facilitatorOnly' }) });
    expect(neighbour.connection.isOpen).toBe(true);
    for (const r of [facilitator, honest, neighbour, ...fuzzers]) await r.leave().catch(() => {});
  }, 120_000);
});

describe('flood', () => {
  it('cuts off a client that sends far beyond the message limit within a second', async () => {
    const s = await createSession(server.url);
    const flooder = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    flooder.reconnection.enabled = false;
    const calm = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    const left = new Promise<number>((resolve) => flooder.onLeave.once((code) => resolve(code)));
    const started = performance.now();
    for (let i = 0; i < 500; i++) flooder.send('intent', { type: 'ready', ready: true });
    expect(await left).toBe(4002);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await ask(calm, 'createTeam', { name: 'Rustig', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
    await calm.leave();
  });
});

describe('leak scan', () => {
  it('never lets a client hold another team’s hand or unrevealed vote, the draw piles or the random generator', async () => {
    const s = await createSession(server.url, { rounds: 5 });
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const f = (action: object) => ask(facilitator, 'facilitator', { key: s.key, action });
    const devices: { room: GameRoomClient; team: string }[] = [];
    for (const [i, name] of ['Een', 'Twee'].entries()) {
      const room = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
      await ask(room, 'createTeam', { name, colour: ['#E69F00', '#56B4E9'][i], icon: 'sun' });
      devices.push({ room, team: `t${i + 1}` });
    }
    for (const name of ['Robot A', 'Robot B', 'Robot C']) await f({ type: 'addTeam', name, colour: '#009E73', icon: 'star', bot: 'sensible' });
    const observer = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    const problems: string[] = [];
    let patches = 0;
    const forbidden = /"(principleDeck|initiativeDeck|dilemmaDeck|rng|seed|history_actions|key)"/;
    const scan = (who: string, may: string | null) => (state: any) => {
      patches++;
      const json = JSON.stringify(state.toJSON());
      if (forbidden.test(json)) problems.push(`${who}: ${json.match(forbidden)![0]}`);
      const privates = state.privates ? [...state.privates.keys()] : [];
      if (privates.some((t: string) => t !== may)) problems.push(`${who} holds ${privates.join(',')}`);
      if (state.facilitator && state.facilitator.size > 0) problems.push(`${who} holds facilitator data`);
      if (json.includes(s.key)) problems.push(`${who} holds the facilitator key`);
    };
    for (const d of devices) d.room.onStateChange(scan(d.team, d.team));
    observer.onStateChange(scan('observer', null));

    await f({ type: 'start' });
    for (let guard = 0; guard < 400 && facilitator.state.phase !== 'ended'; guard++) {
      for (const d of devices) {
        const g = d.room.state;
        if (g.phase === 'gedoe' && g.dilemma && !g.dilemma.revealed && [...g.dilemma.targets].includes(d.team) && !g.privates.get(d.team).vote) {
          const legal = JSON.parse(g.privates.get(d.team).legal);
          const option = Object.keys(legal.vote).find((o) => legal.vote[o].includes(null));
          if (option) await ask(d.room, 'intent', { type: 'vote', option });
        }
      }
      await new Promise((r) => setTimeout(r, 20));
      await f({ type: 'next' });
    }
    expect(facilitator.state.phase).toBe('ended');
    expect(patches).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    for (const r of [facilitator, observer, ...devices.map((d) => d.room)]) await r.leave();
  }, 120_000);
});
