// What a common action costs the devices on the venue Wi-Fi: Klaar on one tablet reaches every device of the
// team as a few bytes. The team's legal-action summary stays the same when only Klaar changes, so it is not
// sent again to each of the team's devices (it used to be, about 400 bytes a device per toggle).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from './helpers/api.ts';
import { join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.stop());

function bytesReceived(room: GameRoomClient) {
  const counter = { bytes: 0 };
  const ws = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  ws.addEventListener('message', (e: MessageEvent) => (counter.bytes += (e.data as ArrayBuffer).byteLength));
  return counter;
}

it('Klaar on one tablet reaches the other tablets of the team in a few bytes, and the button stays offered', async () => {
  const s = await createSession(server.url, { rounds: 3 });
  const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
  const f = (action: object) => facilitator.request('facilitator', { key: s.key, action });
  const first = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
  await first.request('createTeam', { name: 'Alfa', colour: '#E69F00', icon: 'sun' });
  const second = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
  await second.request('chooseTeam', { team: 't1' });
  const other = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
  await other.request('createTeam', { name: 'Bravo', colour: '#56B4E9', icon: 'leaf' });
  await f({ type: 'start' });
  await f({ type: 'next' });
  await waitFor(second, (st) => st.phase === 'doen' && JSON.parse(st.privates.get('t1')?.legal ?? '{}').ready === true);
  const legalBefore = second.state.privates.get('t1').legal;
  expect(Object.keys(JSON.parse(legalBefore).claim).length).toBeGreaterThan(0);

  const counter = bytesReceived(second);
  for (const ready of [true, false, true]) {
    await first.request('intent', { type: 'ready', ready });
    await waitFor(second, (st) => st.teams.get('t1').ready === ready);
  }
  await new Promise((r) => setTimeout(r, 100));
  // Three toggles: three small patches (the flag itself), no summary of the team's actions each time.
  expect(counter.bytes).toBeLessThan(3 * 40);
  expect(second.state.privates.get('t1').legal).toBe(legalBefore);
  // The tablet still offers Klaar to undo: the summary says Klaar may change, the shared state says it is set.
  expect(JSON.parse(second.state.privates.get('t1').legal).ready).toBe(true);
  expect(second.state.teams.get('t1').ready).toBe(true);

  for (const room of [facilitator, first, second, other]) await room.leave();
}, 20_000);
