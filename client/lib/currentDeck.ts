// Keeps a page's deck current: a facilitator may add an own case to a running session, and every screen must
// know its text before it shows it. A wrapper around the connection: a change that names a card this page does
// not know waits until the session's deck is fetched again, so views never meet an unknown card.
import type { Deck } from '../../shared/cards/schema.ts';
import type { GameModel } from './model.ts';
import { fetchDeck, type Connection } from './net.ts';

const dilemmasNamed = (g: GameModel): string[] => [
  ...(g.dilemma?.card ? [g.dilemma.card] : []),
  ...Object.values(g.facilitator ?? {}).flatMap((f) => f.dilemmaChoices ?? []),
];

export function withCurrentDeck(conn: Connection, deck: Deck, code: string): Connection {
  const listeners: ((g: GameModel) => void)[] = [];
  let shown = conn.game();
  let fetching: Promise<void> | null = null;
  const known = (g: GameModel) => dilemmasNamed(g).every((id) => deck.dilemmas.some((d) => d.id === id));

  const refresh = () => {
    fetching ??= fetchDeck(code)
      .then((fresh) => {
        for (const card of fresh.dilemmas) if (!deck.dilemmas.some((d) => d.id === card.id)) deck.dilemmas.push(card);
      })
      .catch(() => {})
      .finally(() => {
        fetching = null;
        const latest = conn.game();
        if (known(latest)) forward(latest);
      });
  };
  const forward = (g: GameModel) => {
    shown = g;
    for (const l of listeners) l(g);
  };
  conn.onChange((g) => (known(g) ? forward(g) : refresh()));
  if (!known(shown)) refresh();

  return {
    get room() {
      return conn.room;
    },
    ask: (type, payload) => conn.ask(type, payload),
    onChange: (l) => void listeners.push(l),
    onStatus: (l) => conn.onStatus(l),
    onEvents: (l) => conn.onEvents(l),
    game: () => shown,
  };
}
