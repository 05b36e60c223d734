// A load generator process, driven by one JSON command per line on stdin, answering one JSON line each:
//   {"join": [{roomId, key}, …]} → joins each room with 9 clients (a facilitator, 8 devices in 4 teams) and
//                                  starts its game; answers {"joined": rooms held}
//   {"play": seconds}           → every second, in every room it holds, one team toggles Klaar and the time until
//                                  all 9 clients have the patch is taken; answers the latencies, how late its own
//                                  timers ran and its CPU share (to tell when it, not the server, saturates)
//   {"leave": true}             → leaves every room and exits
import { createInterface } from 'node:readline';
import { Client, type Room } from '@colyseus/sdk';

// The SDK narrates every reconnection attempt on console.info; a benchmark prints only its figures.
console.info = () => {};
const url = process.argv[2]!;
const JOIN_IN_PARALLEL = 8;

interface HeldRoom { all: Room[]; device: Room; ready: boolean }
const held: HeldRoom[] = [];

async function joinClient(roomId: string, options: object): Promise<Room> {
  const room = await new Client(url).joinById(roomId, options);
  room.onMessage('*', () => {});
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
  return room;
}

async function joinRoom(s: { roomId: string; key: string }): Promise<HeldRoom> {
  const facilitator = await joinClient(s.roomId, { role: 'facilitator', key: s.key });
  const devices = await Promise.all(Array.from({ length: 8 }, (_, d) => joinClient(s.roomId, { role: 'team', deviceToken: `load-${s.roomId}-${d}-xxxxxxxxxxxx` })));
  for (let t = 0; t < 4; t++) await devices[t * 2]!.request('createTeam', { name: `T${t}`, colour: ['#E69F00', '#56B4E9', '#009E73', '#CC79A7'][t], icon: 'sun' });
  for (let t = 0; t < 4; t++) await devices[t * 2 + 1]!.request('chooseTeam', { team: `t${t + 1}` });
  await facilitator.request('facilitator', { key: s.key, action: { type: 'start' } });
  await facilitator.request('facilitator', { key: s.key, action: { type: 'next' } });
  return { all: [facilitator, ...devices], device: devices[0]!, ready: false };
}

async function join(sessions: { roomId: string; key: string }[]) {
  for (let i = 0; i < sessions.length; i += JOIN_IN_PARALLEL) {
    held.push(...(await Promise.all(sessions.slice(i, i + JOIN_IN_PARALLEL).map(joinRoom))));
  }
  return { joined: held.length };
}

function act(r: HeldRoom, latencies: number[]) {
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

// One action per room per second, the rooms spread evenly over the second.
function play(seconds: number): Promise<{ latencies: number[]; lateMs: number; cpuShare: number }> {
  const latencies: number[] = [];
  let lateMs = 0;
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  const end = Date.now() + seconds * 1000;
  held.forEach((r, i) => {
    const tick = () => {
      if (Date.now() > end) return;
      const due = performance.now() + 1000;
      act(r, latencies);
      setTimeout(() => {
        lateMs = Math.max(lateMs, performance.now() - due);
        tick();
      }, 1000);
    };
    setTimeout(tick, (1000 * i) / held.length);
  });
  // The last patches of the last second still arrive during the extra half second.
  return new Promise((resolve) => setTimeout(() => {
    const cpu = process.cpuUsage(cpuAtStart);
    resolve({ latencies, lateMs, cpuShare: (cpu.user + cpu.system) / 1000 / (performance.now() - started) });
  }, seconds * 1000 + 1500));
}

const answer = (value: object) => console.log(JSON.stringify(value));
for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { join?: { roomId: string; key: string }[]; play?: number; leave?: true };
  if (command.join) answer(await join(command.join));
  else if (command.play) answer(await play(command.play));
  else if (command.leave) {
    for (const r of held) for (const room of r.all) await room.leave().catch(() => {});
    process.exit(0);
  }
}
