// The facilitator's kit in the console: the deck choice before a round (which dilemmas are in play, how many are
// left) and the own-case form, whose card joins the running session at once.
import { html, render } from 'lit-html';
import type { Deck } from '../../shared/cards/schema.ts';
import { t } from '../../shared/i18n/index.ts';
import { lang } from '../lib/i18n.ts';
import type { GameModel } from '../lib/model.ts';
import { explainError, type Connection } from '../lib/net.ts';
import { deckChoiceView } from './deckChoice.ts';
import { ownCaseForm } from './ownCaseForm.ts';
import { consoleNotes } from './consoleNote.ts';
import './kit.css';

const played = (g: GameModel): string[] => {
  try {
    return (JSON.parse(g.history) as { dilemma: string | null }[]).flatMap((r) => (r.dilemma ? [r.dilemma] : []));
  } catch {
    return [];
  }
};

export function consoleKit(box: HTMLElement, conn: Connection, deck: Deck, key: string) {
  const act = async (action: object): Promise<string | null> => {
    try {
      await conn.ask('facilitator', { key, action });
      return null;
    } catch (error) {
      return explainError(error);
    }
  };
  const notes = consoleNotes(() => draw());
  const formBox = document.createElement('div');
  ownCaseForm(formBox, { addLabel: () => t(lang(), 'owncase.add'), add: (card) => act({ type: 'addDilemma', card }) });

  const draw = () => {
    const g = conn.game();
    const pile = g.facilitator?.f?.dilemmaChoices ?? [];
    const fixed = new Map<string, 'played' | 'open'>(played(g).map((id) => [id, 'played']));
    if (g.dilemma?.card) fixed.set(g.dilemma.card, 'open');
    const out = new Set(deck.dilemmas.map((d) => d.id).filter((id) => !pile.includes(id) && !fixed.has(id)));
    render(html`${g.phase === 'ended' ? null : deckChoiceView({
      cards: deck.dilemmas, out, fixed, left: pile.length, idPrefix: 'console-',
      change: async (next) => {
        notes.clear();
        const error = await act({ type: 'leaveOut', dilemmas: [...next].filter((id) => !fixed.has(id)) });
        if (error) notes.show('deck', error);
      },
    })}${notes.at('deck')}
    <details class="console-owncase" id="console-owncase"><summary>${t(lang(), 'owncase.title')}</summary>${formBox}</details>`, box);
  };
  conn.onChange(draw);
  draw();
}
