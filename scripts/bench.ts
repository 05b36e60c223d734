// npm run bench [-- --json] [-- --quick]
// Every performance figure of the project, with the machine it ran on. A profile that is not measured
// (yet) is reported as null, never made up.
import { parseArgs } from 'node:util';
import { loadDeck } from '../shared/cards/read-dir.ts';
import { benchEngine } from '../bench/engine.ts';
import { benchRoom } from '../bench/room.ts';
import { benchClient } from '../bench/client.ts';
import { machineInfo } from '../bench/machine.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } } });
const { deck, problems } = loadDeck();
if (problems.length > 0) throw new Error('the built-in deck has problems: run npm run cards:check');

const engine = benchEngine(deck, values.quick ? { batches: 3, gamesPerBatch: 100 } : {});
const room = await benchRoom({ samples: values.quick ? 100 : 500 });
const client = await benchClient({ runs: values.quick ? 3 : 7 });
const report = {
  machine: machineInfo(),
  engine,
  room,
  load: null,
  reconnect: null,
  restart: null,
  client,
};

if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const m = report.machine;
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}`);
  console.log(`engine:  ${engine.gamesPerSecond} games/s on one core (median ${engine.msPerGameMedian} ms per 5-round game, 4 sensible bots, ${engine.actionsPerGame} actions per game)`);
  console.log(`room:    action → all ${room.clients} clients applied the patch: p50 ${room.p50Ms} ms, p95 ${room.p95Ms} ms, p99 ${room.p99Ms} ms (${room.samples} samples, server in its own process)`);
  console.log(`         patch bytes (observer): ${Object.entries(room.patchBytes).map(([k, v]) => `${k} ${v}`).join(', ')}; a joining client's first state ${room.joinBytes} bytes`);
  console.log(`client:  JavaScript loaded (gzip): team view ${client.teamViewJsGzipKB} KB, projector ${client.projectorJsGzipKB} KB; join link → interactive ${client.joinToInteractiveMs} ms (median of ${client.joinRuns}); projector frame time median ${client.projectorFrameMs.median} ms, p95 ${client.projectorFrameMs.p95} ms`);
  for (const [name, value] of Object.entries(report)) if (value === null) console.log(`${name}: not measured yet`);
}
