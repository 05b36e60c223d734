// A load generator process, driven by one JSON command per line on stdin, answering one JSON line each:
//   {"join": [{roomId, key}, …]} → joins each room with 9 clients (a facilitator, 8 devices in 4 teams) and
//                                  starts its game; answers {"joined": rooms held}
//   {"play": seconds}           → every second, in every room it holds, one action (see STEPS) and the time until
//                                  all 9 clients have the patch is taken; answers the latencies, how late its own
//                                  timers ran, its CPU share and longest GC pause (to tell when it, not the server,
//                                  is what holds the figures back)
//   {"leave": true}             → leaves every room and exits
import { PerformanceObserver } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Client, type Room } from '@colyseus/sdk';

// The SDK narrates every reconnection attempt on console.info; a benchmark prints only its figures.
console.info = () => {};
const url = process.argv[2]!;
const JOIN_IN_PARALLEL = 8;

// Its own garbage-collection pauses: a generator holding a thousand clients pauses too, and makes the
// latencies it measures longer than the server's.
const gcPauses: number[] = [];
new PerformanceObserver((list) => void gcPauses.push(...list.getEntries().map((e) => e.duration))).observe({ entryTypes: ['gc'] });

interface HeldRoom { all: Room[]; device: Room; key: string; turn: number }
const held: HeldRoom[] = [];

async function joinClient(roomId: string, options: object): Promise<Room> {
  const room = await new Client(url).joinById(roomId, options);
  room.onMessage('*', () => {});
  await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
  return room;
}

async function joinRoom(s: { roomId: string; key: string }): Promise<HeldRoom> {
  const facilitator = await joinClient(s.roomId, { role: 'facilitator', key: s.key });
  const devices = await Promise.all(Array.from({ length: 8 }, (_, d) => joinClient(s.roomId, { role: 'team', code: s.code, deviceToken: `load-${s.roomId}-${d}-xxxxxxxxxxxx` })));
  for (let t = 0; t < 4; t++) await devices[t * 2]!.request('createTeam', { name: `T${t}`, colour: ['#E69F00', '#56B4E9', '#009E73', '#CC79A7'][t], icon: 'sun' });
  for (let t = 0; t < 4; t++) await devices[t * 2 + 1]!.request('chooseTeam', { team: `t${t + 1}` });
  await facilitator.request('facilitator', { key: s.key, action: { type: 'start' } });
  await facilitator.request('facilitator', { key: s.key, action: { type: 'next' } });
  return { all: [facilitator, ...devices], device: devices[0]!, key: s.key, turn: 0 };
}

async function join(sessions: { roomId: string; key: string }[]) {
  for (let i = 0; i < sessions.length; i += JOIN_IN_PARALLEL) {
    held.push(...(await Promise.all(sessions.slice(i, i + JOIN_IN_PARALLEL).map(joinRoom))));
  }
  return { joined: held.length };
}

// The actions a room cycles through, one a second: a team presses Klaar and takes it back, offers another team
// a trade and withdraws it, the facilitator pauses and resumes. Each comes with what every client must see.
// `action` is the team's intent or the facilitator's action; null when there is nothing to send this time.
type Step = { kind: string; by: 'device' | 'facilitator'; action: (state: any) => object | null; seen: (state: any) => boolean };
const fromT1 = (state: any) => [...state.trades.values()].find((t: any) => t.from === 't1');
const offerFromT1 = (state: any) => {
  const tokens = state.teams.get('t1')?.tokens;
  const give = ['handen', 'netwerk', 'geld', 'energie'].find((k) => tokens?.[k] > 0);
  return give ? { type: 'offerTrade', to: 't2', give: { [give]: 1 }, want: { [give === 'energie' ? 'handen' : 'energie']: 1 } } : null;
};
const STEPS: Step[] = [
  { kind: 'ready', by: 'device', action: () => ({ type: 'ready', ready: true }), seen: (st) => st.teams.get('t1')?.ready === true },
  { kind: 'ready', by: 'device', action: () => ({ type: 'ready', ready: false }), seen: (st) => st.teams.get('t1')?.ready === false },
  { kind: 'offerTrade', by: 'device', action: offerFromT1, seen: (st) => fromT1(st) !== undefined },
  { kind: 'cancelTrade', by: 'device', action: (st) => { const offer = fromT1(st); return offer ? { type: 'cancelTrade', offer: offer.id } : null; }, seen: (st) => fromT1(st) === undefined },
  { kind: 'pause', by: 'facilitator', action: () => ({ type: 'pause' }), seen: (st) => st.paused === true },
  { kind: 'resume', by: 'facilitator', action: () => ({ type: 'resume' }), seen: (st) => st.paused === false },
];

function act(r: HeldRoom, latencies: number[], sent: Map<string, number>) {
  const step = STEPS[r.turn++ % STEPS.length]!;
  const sender = step.by === 'device' ? r.device : r.all[0]!;
  const action = step.action(sender.state);
  if (!action) return; // nothing to offer: this second stays quiet
  sent.set(step.kind, (sent.get(step.kind) ?? 0) + 1);
  const started = performance.now();
  let pending = r.all.length;
  for (const room of r.all) {
    const check = (state: any) => {
      if (!step.seen(state)) return;
      room.onStateChange.remove(check);
      if (--pending === 0) latencies.push(performance.now() - started);
    };
    room.onStateChange(check);
  }
  if (step.by === 'device') sender.send('intent', action);
  else sender.send('facilitator', { key: r.key, action });
}

// One action per room per second, the rooms spread evenly over the second.
function play(seconds: number): Promise<{ latencies: number[]; sent: Record<string, number>; lateMs: number; cpuShare: number; gcPauseMaxMs: number }> {
  const latencies: number[] = [];
  const sent = new Map<string, number>();
  let lateMs = 0;
  gcPauses.length = 0;
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  const end = Date.now() + seconds * 1000;
  held.forEach((r, i) => {
    const tick = () => {
      if (Date.now() > end) return;
      const due = performance.now() + 1000;
      act(r, latencies, sent);
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
    const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - started);
    resolve({ latencies, sent: Object.fromEntries(sent), lateMs, cpuShare, gcPauseMaxMs: Math.max(0, ...gcPauses) });
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
