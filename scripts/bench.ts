// npm run bench [-- --json] [-- --quick]
// Every performance figure of the project, with the machine it ran on. A profile that is not measured
// (yet) is reported as null, never made up.
import { parseArgs } from 'node:util';
import { loadDeck } from '../shared/cards/read-dir.ts';
import { benchEngine } from '../bench/engine.ts';
import { machineInfo } from '../bench/machine.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } } });
const { deck, problems } = loadDeck();
if (problems.length > 0) throw new Error('the built-in deck has problems: run npm run cards:check');

const engine = benchEngine(deck, values.quick ? { batches: 3, gamesPerBatch: 100 } : {});
const report = {
  machine: machineInfo(),
  engine,
  room: null,
  load: null,
  reconnect: null,
  restart: null,
  client: null,
};

if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const m = report.machine;
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}`);
  console.log(`engine:  ${engine.gamesPerSecond} games/s on one core (median ${engine.msPerGameMedian} ms per 5-round game, 4 sensible bots, ${engine.actionsPerGame} actions per game)`);
  for (const [name, value] of Object.entries(report)) if (value === null) console.log(`${name}: not measured yet`);
}
