// A device that joins (or comes back) late in a long game gets the whole state right, however large the
// shared part has grown compared with the encoder's buffer. The buffer is made tiny here, so an ordinary game
// already outgrows it; Colyseus' own serializer then sent joining clients a broken state.
import { Encoder } from '@colyseus/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEAM_COLOURS, TEAM_ICONS } from '../shared/vocabulary.ts';
import { createSession } from './helpers/api.ts';
import { join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

let server: TestServer;
const defaultSize = Encoder.BUFFER_SIZE;

beforeAll(async () => {
  // Read when each room is made: every room of this server starts with a 256-byte buffer, which the state of
  // six teams in play (names, tokens, market, devices) is several times larger than.
  Encoder.BUFFER_SIZE = 256;
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
  Encoder.BUFFER_SIZE = defaultSize;
});

/** What every seat sees alike, as plain values. */
const shared = (state: any) => ({
  code: state.code, phase: state.phase, round: state.round, history: state.history,
  teams: [...state.teams.values()].map((t: any) => `${t.id}:${t.name}:${t.colour}:${t.ready}`),
  market: [...state.market],
});

it('a facilitator, a team device and an observer joining a room whose state outgrew the buffer see it whole', async () => {
  const s = await createSession(server.url, { rounds: 3 });
  const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
  const f = (action: object) => facilitator.request('facilitator', { key: s.key, action });
  const devices: GameRoomClient[] = [];
  for (const [i, name] of ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].entries()) {
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    await device.request('createTeam', { name: `${name} uit de buurt`, colour: TEAM_COLOURS[i], icon: TEAM_ICONS[i] });
    devices.push(device);
  }
  await f({ type: 'start' });
  await f({ type: 'next' });
  await waitFor(facilitator, (st) => st.phase === 'doen');
  const expected = shared(facilitator.state);

  const late = [
    await join(server.url, s.roomId, { role: 'facilitator', key: s.key }),
    await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() }),
    await join(server.url, s.roomId, { role: 'observer', code: s.code }),
  ];
  for (const room of late) expect(shared(room.state)).toEqual(expected);
  // The late facilitator also sees every team's private data, as the first one does.
  expect([...late[0]!.state.privates.keys()].sort()).toEqual([...facilitator.state.privates.keys()].sort());
  expect(late[0]!.state.privates.get('t1').legal).toBe(facilitator.state.privates.get('t1').legal);

  // Joining again after more has happened: the grown buffer is kept and still right.
  await devices[0]!.request('intent', { type: 'ready', ready: true });
  await waitFor(facilitator, (st) => st.teams.get('t1').ready === true);
  const again = await join(server.url, s.roomId, { role: 'observer', code: s.code });
  expect(shared(again.state)).toEqual(shared(facilitator.state));

  for (const room of [facilitator, ...devices, ...late, again]) await room.leave();
});
