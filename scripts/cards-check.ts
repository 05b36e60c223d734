// npm run cards:check [-- --dir DIR] [-- --json]
// Validates the built-in deck (and optionally a facilitator's folder that extends it) and prints the counts.
import { parseArgs } from 'node:util';
import { deckCounts, formatProblem } from '../shared/cards/assemble.ts';
import { loadDeck, readDeckParts } from '../shared/cards/read-dir.ts';
import { mergeDecks } from '../shared/cards/assemble.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'boolean', default: false } } });

const { deck, problems } = loadDeck(values.dir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found; the deck cannot be used.`);
  process.exit(1);
}

const counts = deckCounts(deck);
const extra = values.dir ? deckCounts(mergeDecks(readDeckParts(values.dir).parts).deck) : undefined;
if (values.json) {
  console.log(JSON.stringify(extra ? { ...counts, extra } : counts));
} else {
  const line = (c: typeof counts) =>
    `${c.principles} principles, ${c.gedoe} gedoe, ${c.positiespel} positiespel, ${c.initiatives} initiatives, ${c.scenarios} scenarios`;
  if (extra) console.log(`${values.dir}: ${line(extra)}`);
  console.log(`deck OK: ${line(counts)}`);
}
