// Parses and checks an uploaded deck off the main thread, so a large or tricky file never holds up the rooms.
import { parentPort } from 'node:worker_threads';
import { builtInDeck, deckWith } from './decks.ts';

parentPort!.on('message', ({ id, text }: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id, ...deckWith(text) });
  } catch (error) {
    parentPort!.postMessage({ id, deck: null, problems: [`(deck): cannot be read: ${error instanceof Error ? error.message : String(error)}`] });
  }
});

// Ready once the built-in deck is loaded: the parent starts an upload's time budget only then.
builtInDeck();
parentPort!.postMessage('ready');
