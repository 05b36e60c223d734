// The room's caps at their defaults (8 teams of 8 devices, 50 observers, 24 devices without a team): filled to the
// last seat, the room still refuses the next one, a fresh screen decodes the whole state and the teams play on.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readConfig } from '../server/config.ts';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

const defaults = readConfig({});
const TEAMS = 8;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ joinAttemptsPerMinute: 10_000 });
});
afterAll(async () => {
  await server.stop();
});

it('holds every default cap with 8 full teams, and a fresh screen still decodes the room', async () => {
  expect(defaults).toMatchObject({ maxDevicesPerTeam: 8, maxObservers: 50, maxUnseatedDevices: 24 });
  const s = await createSession(server.url, {});
  const clients: GameRoomClient[] = [];
  const seat = async (options: object) => {
    const room = await join(server.url, s.roomId, { code: s.code, ...options });
    clients.push(room);
    return room;
  };
  const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
  const firstDevices: GameRoomClient[] = [];
  for (let t = 1; t <= TEAMS; t++) {
    const first = await seat({ role: 'team', deviceToken: newDeviceToken() });
    const answer = await ask(first, 'createTeam', { name: `Team ${t}`, colour: '#E69F00', icon: 'sun' });
    expect(answer).toEqual({ ok: true, team: `t${t}` });
    firstDevices.push(first);
  }
  expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } })).toEqual({ ok: true });

  for (let t = 1; t <= TEAMS; t++) {
    for (let i = 1; i < defaults.maxDevicesPerTeam; i++) {
      const d = await seat({ role: 'team', deviceToken: newDeviceToken() });
      expect(await ask(d, 'chooseTeam', { team: `t${t}` })).toEqual({ ok: true, team: `t${t}` });
    }
  }
  const ninth = await seat({ role: 'team', deviceToken: newDeviceToken() });
  expect(await ask(ninth, 'chooseTeam', { team: 't1' })).toEqual({ refused: expect.objectContaining({ code: 'teamFull' }) });
  for (let i = 1; i < defaults.maxUnseatedDevices; i++) await seat({ role: 'team', deviceToken: newDeviceToken() });
  await expect(join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() })).rejects.toThrow(/roomFull/);
  for (let i = 0; i < defaults.maxObservers; i++) await seat({ role: 'observer' });
  await expect(join(server.url, s.roomId, { role: 'observer', code: s.code })).rejects.toThrow(/roomFull/);

  // A screen opened now (the projector after a reload) decodes every device and team.
  const fresh = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
  const seated = TEAMS * defaults.maxDevicesPerTeam;
  expect(fresh.state.devices.size).toBe(2 + seated + defaults.maxUnseatedDevices + defaults.maxObservers);
  for (let t = 1; t <= TEAMS; t++) expect(fresh.state.teams.get(`t${t}`).devicesOnline).toBe(defaults.maxDevicesPerTeam);

  // Every team still plays and every screen sees it.
  for (const [i, device] of firstDevices.entries()) {
    expect(await ask(device, 'intent', { type: 'ready', ready: true })).toEqual({ ok: true });
    if (i < TEAMS - 1) await waitFor(fresh, (st) => st.teams.get(`t${i + 1}`).ready === true);
  }
  await waitFor(fresh, (st) => st.phase === 'doen');
  await waitFor(clients.at(-1)!, (st) => st.phase === fresh.state.phase);
  for (const room of [...clients, fresh, facilitator]) await room.leave();
}, 90_000);
