// The deck a session plays with: the built-in deck, extended by the facilitator's own cards if any.
import { checkPlayable, checkScenarioNames, formatProblem, mergeDecks } from '../shared/cards/assemble.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import type { Deck } from '../shared/cards/schema.ts';
import { loadDeck, parseDeckText } from '../shared/cards/read-dir.ts';
import { Worker } from 'node:worker_threads';

/** An uploaded deck may take this long to parse; past it the parse is stopped and the deck refused. */
const PARSE_BUDGET_MS = 3000;

let builtIn: Deck | null = null;

export function builtInDeck(): Deck {
  if (!builtIn) {
    const { deck, problems } = loadDeck();
    if (problems.length > 0) throw new Error(`the built-in cards have problems:\n${problems.map(formatProblem).join('\n')}`);
    builtIn = deck;
  }
  return builtIn;
}

/** Parses an uploaded deck; any problem refuses the whole deck (nothing is half-loaded). */
export function deckWith(extraText: string | undefined): { deck: Deck; problems: string[] } {
  const base = builtInDeck();
  if (!extraText) return { deck: base, problems: [] };
  const file = extraText.trimStart().startsWith('{') ? 'upload.json' : 'upload.yaml';
  const parsed = parseDeckText(file, extraText);
  if (!parsed.deck) return { deck: base, problems: parsed.problems.map(formatProblem) };
  const merged = mergeDecks([{ file: 'cards/', deck: base }, { file, deck: parsed.deck }]);
  const scenarios = new Set(merged.deck.scenarios.map((s) => s.id));
  const problems = [...parsed.problems, ...merged.problems, ...checkScenarioNames(file, parsed.deck, scenarios), ...checkPlayable(merged.deck, file)];
  return { deck: merged.deck, problems: problems.map(formatProblem) };
}

// One worker parses uploads, one at a time; a parse over budget ends the worker and the next one starts fresh.
// The budget counts the parse only: a new worker first loads its code and the built-in deck, which on a busy
// machine takes seconds and says nothing about the upload.
interface DeckWorker { thread: Worker; ready: Promise<boolean> }
let worker: DeckWorker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextJob = 1;

function startWorker(): DeckWorker {
  const thread = new Worker(new URL('./deck-worker.ts', import.meta.url));
  thread.unref();
  const ready = new Promise<boolean>((resolve) => {
    thread.once('message', (message) => resolve(message === 'ready'));
    thread.once('error', () => resolve(false));
  });
  return { thread, ready };
}

const refused = (problem: string) => ({ deck: builtInDeck(), problems: [`(deck): ${problem}`] });

function parseInWorker(text: string): Promise<{ deck: Deck; problems: string[] }> {
  const job = queue.then(async () => {
    const current = (worker ??= startWorker());
    if (!(await current.ready)) {
      if (worker === current) worker = null;
      void current.thread.terminate();
      return refused('cannot be read now; try again');
    }
    return new Promise<{ deck: Deck; problems: string[] }>((resolve) => {
      const id = nextJob++;
      const timer = setTimeout(() => {
        current.thread.off('message', onMessage);
        void current.thread.terminate();
        if (worker === current) worker = null;
        resolve(refused(`too large or too deeply nested to read within ${PARSE_BUDGET_MS / 1000} s`));
      }, PARSE_BUDGET_MS);
      const onMessage = (message: { id: number; deck: Deck | null; problems: string[] }) => {
        if (message.id !== id) return;
        clearTimeout(timer);
        current.thread.off('message', onMessage);
        resolve({ deck: message.deck ?? builtInDeck(), problems: message.problems });
      };
      current.thread.on('message', onMessage);
      current.thread.postMessage({ id, text });
    });
  });
  queue = job.catch(() => {});
  return job;
}

/** deckWith, for text from outside: parsed in the worker, so the rooms keep running meanwhile. */
export async function deckFromUpload(extraText: string | undefined): Promise<{ deck: Deck; problems: string[] }> {
  if (!extraText) return { deck: builtInDeck(), problems: [] };
  return parseInWorker(extraText);
}

const sessionDecks = new Map<string, Deck>();

/**
 * The deck of a stored session as its scenario plays it (its upload was checked when the session was created):
 * only the cards that fit the scenario, in that scenario's wording.
 */
export async function deckForSession(code: string, settings: { deck?: string | undefined; scenario: string }): Promise<Deck> {
  let deck = sessionDecks.get(code);
  if (!deck) {
    const result = await deckFromUpload(settings.deck);
    if (result.problems.length > 0) throw new Error(`session ${code}: its deck no longer loads: ${result.problems.join('; ')}`);
    deck = deckForScenario(result.deck, settings.scenario);
    sessionDecks.set(code, deck);
  }
  return deck;
}

/** A removed session's deck is not kept. */
export const forgetDeck = (code: string) => sessionDecks.delete(code);

/**
 * The deck as clients may see it: an option's label, hint and cost, never its numbers (effects and small print
 * come with the reveal, in the game view's dilemma.outcomes).
 */
export function publicDeck(deck: Deck): Deck {
  return { ...deck, dilemmas: deck.dilemmas.map((d) => ({ ...d, options: d.options.map((o) => ({ ...o, effects: [], hidden: [] })) })) };
}
