// Attacks on seats through the real server (official SDK client and plain HTTP): a seat without the join code,
// rooms created or found through the public matchmaking routes, devices hopping between teams, squatting teams,
// piling up observers and ghost seats. Each is refused while honest clients here and in another room play on.
import { Client } from '@colyseus/sdk';
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../client/lib/net.ts';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

const CAPS = { maxDevicesPerTeam: 3, maxObservers: 4, maxUnseatedDevices: 3 };

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ joinAttemptsPerMinute: 1000, trustProxy: ['loopback'], ...CAPS });
});
afterAll(async () => {
  await server.stop();
});

const refused = (code: string) => ({ refused: expect.objectContaining({ code }) });
const post = (path: string, body: object) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A started game with two teams of one device each, and a neighbouring session: the honest players. */
async function playingGame(settings: object = {}) {
  const s = await createSession(server.url, settings);
  const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
  const a = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
  const b = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
  expect(await ask(a, 'createTeam', { name: 'Alfa', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
  expect(await ask(b, 'createTeam', { name: 'Bravo', colour: '#56B4E9', icon: 'leaf' })).toEqual({ ok: true, team: 't2' });
  const f = (action: object) => ask(facilitator, 'facilitator', { key: s.key, action });
  return { s, facilitator, a, b, f };
}

async function neighbour() {
  const n = await createSession(server.url);
  const device = await join(server.url, n.roomId, { role: 'team', code: n.code, deviceToken: newDeviceToken() });
  expect(await ask(device, 'createTeam', { name: 'Buren', colour: '#009E73', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
  const facilitator = await join(server.url, n.roomId, { role: 'facilitator', key: n.key });
  expect(await ask(facilitator, 'facilitator', { key: n.key, action: { type: 'start' } })).toEqual({ ok: true });
  await facilitator.leave();
  return { n, device };
}

/** The honest players can still act, and see it. */
async function stillPlaying(room: GameRoomClient, team: string) {
  const before = room.state.teams.get(team).ready;
  const phase = `${room.state.round}:${room.state.phase}`;
  expect(await ask(room, 'intent', { type: 'ready', ready: !before })).toEqual({ ok: true });
  // Klaar shows, or (when every team is done) the game moves on.
  await waitFor(room, (st) => st.teams.get(team).ready === !before || `${st.round}:${st.phase}` !== phase);
}

describe('seats need the code', () => {
  it('refuses team and observer seats without the join code, and the facilitator seat without the key', async () => {
    const { s, a, f, facilitator } = await playingGame();
    const { device: other } = await neighbour();
    await f({ type: 'start' });
    const n = await createSession(server.url);
    for (const options of [
      { role: 'team', deviceToken: newDeviceToken() },
      { role: 'team', code: 'ZZZZZZ', deviceToken: newDeviceToken() },
      { role: 'team', code: n.code, deviceToken: newDeviceToken() }, // another session's code
      { role: 'observer' },
      { role: 'observer', code: 'ABCDEF' },
      { role: 'facilitator', key: 'x'.repeat(32) },
    ]) {
      await expect(new Client(server.url).joinById(s.roomId, options), JSON.stringify(options)).rejects.toThrow();
      // Straight to the matchmaking route, as the review did: no seat reservation comes back.
      const res = await post(`/matchmake/joinById/${s.roomId}`, options);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(await res.json())).not.toMatch(/sessionId|reservation/);
    }
    // With the code (any case) it works.
    const withCode = await join(server.url, s.roomId, { role: 'observer', code: s.code.toLowerCase() });
    expect(withCode.state.code).toBe(s.code);
    await withCode.leave();
    await stillPlaying(a, 't1');
    await stillPlaying(other, 't1');
    await facilitator.leave();
  }, 20_000);

  it('keeps the public matchmaking routes from creating, finding or listing rooms', async () => {
    const { s, a, f } = await playingGame();
    await f({ type: 'start' });
    const { device: other } = await neighbour();
    const rooms = (await matchMaker.query({})).length;
    for (const method of ['create', 'join', 'joinOrCreate']) {
      for (const body of [{ role: 'team', deviceToken: newDeviceToken() }, { code: s.code }, { role: 'observer', code: s.code }]) {
        const res = await post(`/matchmake/${method}/game`, body);
        expect(res.status, `${method} ${JSON.stringify(body)}`).toBe(404);
        expect(await res.text()).not.toContain(s.roomId);
      }
    }
    for (const path of ['/matchmake/game', '/matchmake/', '/matchmake/query/game']) {
      const res = await fetch(`${server.url}${path}`);
      expect(await res.text()).not.toContain(s.roomId);
    }
    expect((await matchMaker.query({})).length).toBe(rooms);
    // The SDK's own calls fail the same way.
    await expect(new Client(server.url).joinOrCreate('game', { role: 'observer', code: s.code })).rejects.toThrow();
    await expect(new Client(server.url).create('game', { code: s.code })).rejects.toThrow();
    await stillPlaying(a, 't1');
    await stillPlaying(other, 't1');
  });

  it('refuses wrong room ids cheaply and counts them in the one limiter', async () => {
    const { a, f } = await playingGame();
    await f({ type: 'start' });
    const limited = await startLimitedCheck();
    expect(limited.statuses.slice(0, 1000).every((st) => st === 404)).toBe(true);
    expect(limited.statuses.slice(1000).every((st) => st === 429)).toBe(true);
    await stillPlaying(a, 't1');
  }, 30_000);
});

/** 1,050 wrong room ids from one address (through the trusted proxy); the limiter allows 1,000 a minute here. */
async function startLimitedCheck() {
  const statuses: number[] = [];
  const from = { 'content-type': 'application/json', 'x-forwarded-for': '10.1.1.1' };
  for (let batch = 0; batch < 21; batch++) {
    const answers = await Promise.all(Array.from({ length: 50 }, async (_, i) => {
      const res = await fetch(`${server.url}/matchmake/joinById/not-a-room-${batch}-${i}`, { method: 'POST', headers: from, body: JSON.stringify({ role: 'observer', code: 'ABCDEF' }) });
      await res.arrayBuffer();
      return res.status;
    }));
    statuses.push(...answers);
  }
  return { statuses };
}

describe('a device belongs to one team', () => {
  it('refuses a device switching into another team mid-vote; the facilitator moves it', async () => {
    const { s, a, b, f, facilitator } = await playingGame();
    await f({ type: 'start' });
    // The review's attack: B's device asks to sit in team A and would see A's hand and vote.
    expect(await ask(b, 'chooseTeam', { team: 't1' })).toEqual(refused('askFacilitatorToMove'));
    expect([...b.state.privates.keys()]).toEqual(['t2']);
    // A new team after the start: only the facilitator adds one.
    const late = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    expect(await ask(late, 'createTeam', { name: 'Laat', colour: '#F0E442', icon: 'star' })).toEqual(refused('teamsClosed'));
    // A device that joins a running game picks its team once.
    expect(await ask(late, 'chooseTeam', { team: 't1' })).toEqual({ ok: true, team: 't1' });
    expect(await ask(late, 'chooseTeam', { team: 't2' })).toEqual(refused('askFacilitatorToMove'));
    // The facilitator moves a device: it sees its new team's private data only.
    expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'moveDevice', device: late.sessionId, team: 't2' } })).toEqual({ ok: true });
    await waitFor(late, (st) => st.privates.has('t2') && !st.privates.has('t1'));
    expect(await ask(late, 'facilitator', { key: 'not-the-key-at-all', action: { type: 'moveDevice', device: late.sessionId, team: 't1' } })).toEqual(refused('wrongKey'));
    await stillPlaying(a, 't1');
    for (const r of [late, facilitator]) await r.leave();
  });

  it('lets a device create one team only, and in a self-run game move only when the other team lets it in', async () => {
    const { s, a, b } = await playingGame({ selfRun: true });
    const squatter = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    expect(await ask(squatter, 'createTeam', { name: 'Charlie', colour: '#F0E442', icon: 'star' })).toEqual({ ok: true, team: 't3' });
    expect(await ask(squatter, 'createTeam', { name: 'Delta', colour: '#0072B2', icon: 'home' })).toEqual(refused('alreadyInTeam'));
    // Self-run: asking to move is only a request; team A's device has to let it in.
    expect(await ask(squatter, 'chooseTeam', { team: 't1' })).toEqual({ ok: true, pending: 't1' });
    expect([...squatter.state.privates.keys()]).toEqual(['t3']);
    expect(await ask(b, 'confirmMove', { device: squatter.sessionId })).toEqual(refused('noMoveRequest'));
    expect(await ask(b, 'selfRun', { action: 'start' })).toEqual({ ok: true });
    await waitFor(a, (st) => st.devices.get(squatter.sessionId)?.wants === 't1');
    expect(await ask(a, 'confirmMove', { device: squatter.sessionId })).toEqual({ ok: true });
    await waitFor(squatter, (st) => st.privates.has('t1') && !st.privates.has('t3'));
    await stillPlaying(b, 't2');
    await squatter.leave();
  });
});

describe('bounded rooms', () => {
  it('caps observers and devices per team, and a fresh client still decodes the room with every cap filled', async () => {
    const { s, a, b, f, facilitator } = await playingGame();
    const { device: other } = await neighbour();
    await f({ type: 'start' });
    const extra: GameRoomClient[] = [];
    for (let i = 0; i < CAPS.maxObservers; i++) extra.push(await join(server.url, s.roomId, { role: 'observer', code: s.code }));
    await expect(join(server.url, s.roomId, { role: 'observer', code: s.code })).rejects.toThrow(/roomFull/);
    for (const team of ['t1', 't2']) {
      for (let i = 1; i < CAPS.maxDevicesPerTeam; i++) {
        const d = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
        expect(await ask(d, 'chooseTeam', { team })).toEqual({ ok: true, team });
        extra.push(d);
      }
    }
    const onlooker = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    expect(await ask(onlooker, 'chooseTeam', { team: 't1' })).toEqual(refused('teamFull'));
    expect(onlooker.state.privates?.size ?? 0).toBe(0);
    for (let i = 1; i < CAPS.maxUnseatedDevices; i++) extra.push(await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() }));
    await expect(join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() })).rejects.toThrow(/roomFull/);
    extra.push(onlooker);

    // Every cap is filled: a fresh facilitator screen decodes the whole state.
    const fresh = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    expect(fresh.state.devices.size).toBe(2 + CAPS.maxObservers + 2 * (CAPS.maxDevicesPerTeam - 1) + CAPS.maxUnseatedDevices + 2);
    expect(fresh.state.teams.get('t1').devicesOnline).toBe(CAPS.maxDevicesPerTeam);

    // Dropped observers do not pile up: a newcomer takes the seat of one that has gone.
    const gone = extra.shift()!;
    gone.reconnection.enabled = false;
    gone.connection.close(4010, 'network gone');
    await waitFor(fresh, (st) => [...st.devices.values()].some((d: { online: boolean }) => !d.online));
    const newcomer = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    await waitFor(fresh, (st) => [...st.devices.values()].filter((d: { role: string }) => d.role === 'observer').length === CAPS.maxObservers);
    await stillPlaying(a, 't1');
    await stillPlaying(b, 't2');
    await stillPlaying(other, 't1');
    for (const r of [...extra, newcomer, fresh, facilitator]) await r.leave();
  }, 30_000);
});

describe('honest acknowledgements', () => {
  it('tells a device that comes back whether its last action was stored', async () => {
    const { s, a, f } = await playingGame();
    await f({ type: 'start' });
    const token = newDeviceToken();
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: token });
    expect(await ask(device, 'chooseTeam', { team: 't1' })).toEqual({ ok: true, team: 't1' });
    // The answer never arrives: the device sends and its connection is gone at once.
    device.reconnection.enabled = false;
    device.send('intent', { type: 'ready', ready: true });
    device.connection.close(4010, 'network gone');
    await waitFor(a, (st) => st.teams.get('t1').ready === true);
    // A new connection of the same device hears what counted.
    const welcome = new Promise<{ lastAction: { type: string } | null; actionsStored: number }>((resolve) => {
      const c = new Client(server.url);
      void c.joinById(s.roomId, { role: 'team', code: s.code, deviceToken: token }).then((r) => {
        r.onMessage('welcome', (m) => {
          resolve(m);
          void r.leave();
        });
        r.onMessage('*', () => {});
      });
    });
    expect(await welcome).toMatchObject({ lastAction: { type: 'ready' }, actionsStored: 1 });
  });

  it("settles the web client's request whose answer was lost with the connection", async () => {
    const { s, f } = await playingGame();
    await f({ type: 'start' });
    const device = await connect(s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() }, server.url);
    await device.ask('chooseTeam', { team: 't2' });
    const asked = device.ask('intent', { type: 'ready', ready: true });
    device.room.connection.close(4010, 'network gone'); // the answer never arrives on this connection
    expect(await asked).toEqual({ ok: true });
    await device.room.leave();
  });
});
