// npm run cards:check [-- --dir DIR] [-- --json]
// Validates the built-in deck (and optionally a facilitator's folder that extends it): the card schema, the rulebook's
// option rules and the deck minimums. Prints the counts and the report; any problem names file, card and field
// (options.<id> for an option) and makes the exit code 1.
import { parseArgs } from 'node:util';
import { deckCounts, formatProblem, mergeDecks } from '../shared/cards/assemble.ts';
import { deckCompleteness, deckReport } from '../shared/cards/deck-report.ts';
import { loadDeck, readDeckParts } from '../shared/cards/read-dir.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'boolean', default: false } } });

const { deck, problems } = loadDeck(values.dir);
const report = deckReport(deck);
problems.push(...deckCompleteness(deck, report));

const counts = deckCounts(deck);
const extra = values.dir ? deckCounts(mergeDecks(readDeckParts(values.dir).parts).deck) : undefined;
if (values.json) {
  console.log(JSON.stringify({ ...counts, ...report, ...(extra ? { extra } : {}) }));
} else if (problems.length === 0) {
  const line = (c: typeof counts) =>
    `${c.principles} principles, ${c.gedoe} gedoe, ${c.positiespel} positiespel, ${c.initiatives} initiatives, ${c.scenarios} scenarios`;
  if (extra) console.log(`${values.dir}: ${line(extra)}`);
  console.log(`deck OK: ${line(counts)}`);
  console.log(`${report.tensionCards} tension cards, ${Math.round(report.positiveSmallPrintShare * 100)}% of positiespel small print is good news`);
  console.log(`themes: ${Object.entries(report.themes).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  for (const [id, s] of Object.entries(report.perScenario)) console.log(`${id}: ${s.dilemmas} dilemmas, ${s.own} of its own, ${s.variants} with its own wording`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found; the deck cannot be used.`);
  process.exit(1);
}
