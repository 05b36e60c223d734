// A load generator process: joins R rooms with 9 clients each (a facilitator, 8 devices in 4 teams), then
// every second in every room one team toggles Klaar and the time until all 9 clients have the patch is taken.
// Prints one JSON line: the latencies, and how late its own timers ran (to tell when it, not the server, saturates).
import { Client, type Room } from '@colyseus/sdk';


// The SDK narrates every reconnection attempt on console.info; a benchmark prints only its figures.
console.info = () => {};
const [url, roomsJson, seconds] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 10)];
const sessions = JSON.parse(roomsJson) as { roomId: string; key: string }[];

async function joinRoom(roomId: string, options: object): Promise<Room> {
  const room = await new Client(url).joinById(roomId, options);
  room.onMessage('*', () => {});
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
  return room;
}

const latencies: number[] = [];
let lateMs = 0;
const rooms: { all: Room[]; device: Room; ready: boolean }[] = [];
for (const [i, s] of sessions.entries()) {
  const facilitator = await joinRoom(s.roomId, { role: 'facilitator', key: s.key });
  const devices: Room[] = [];
  for (let d = 0; d < 8; d++) devices.push(await joinRoom(s.roomId, { role: 'team', deviceToken: `load-${process.pid}-${i}-${d}-xxxxxxxx` }));
  for (let t = 0; t < 4; t++) await devices[t * 2]!.request('createTeam', { name: `T${t}`, colour: ['#E69F00', '#56B4E9', '#009E73', '#CC79A7'][t], icon: 'sun' });
  for (let t = 0; t < 4; t++) await devices[t * 2 + 1]!.request('chooseTeam', { team: `t${t + 1}` });
  await facilitator.request('facilitator', { key: s.key, action: { type: 'start' } });
  await facilitator.request('facilitator', { key: s.key, action: { type: 'next' } });
  rooms.push({ all: [facilitator, ...devices], device: devices[0]!, ready: false });
}

function act(r: (typeof rooms)[number]) {
  r.ready = !r.ready;
  const want = r.ready;
  const started = performance.now();
  let pending = r.all.length;
  for (const room of r.all) {
    const check = (state: any) => {
      if (state.teams.get('t1')?.ready !== want) return;
      room.onStateChange.remove(check);
      if (--pending === 0) latencies.push(performance.now() - started);
    };
    room.onStateChange(check);
  }
  r.device.send('intent', { type: 'ready', ready: want });
}

// Spread the rooms over the second, one action per room per second.
const end = Date.now() + seconds * 1000;
rooms.forEach((r, i) => {
  const tick = () => {
    if (Date.now() > end) return;
    const due = performance.now() + 1000;
    act(r);
    setTimeout(() => {
      lateMs = Math.max(lateMs, performance.now() - due);
      tick();
    }, 1000);
  };
  setTimeout(tick, (1000 * i) / rooms.length);
});
setTimeout(async () => {
  console.log(JSON.stringify({ latencies, lateMs }));
  for (const r of rooms) for (const room of r.all) await room.leave().catch(() => {});
  process.exit(0);
}, seconds * 1000 + 1500);
