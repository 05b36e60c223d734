// The facilitator's deck choice in the engine: an own case added to a running game, dilemmas left out and back.
import { describe, expect, it } from 'vitest';
import { reduce, replay } from '../shared/engine/index.ts';
import { leftOut } from '../shared/engine/deckChoice.ts';
import { checkForm } from '../shared/owncase/form.ts';
import { deck } from './helpers/deck.ts';
import { inDoen, must, newGame } from './helpers/game.ts';
import { conversationCase } from './helpers/owncase.ts';

const ownCard = () => {
  const checked = checkForm(conversationCase());
  if (!checked.ok) throw new Error('own case should be valid');
  return checked.card;
};

describe('an own case added during the game', () => {
  it('comes up at the next Gedoe, every team votes on it, and replay and undo hold it', () => {
    const state = inDoen(3);
    const card = ownCard();
    must(state, { type: 'addDilemma', card });
    must(state, { type: 'next' });
    expect(state.phase).toBe('gedoe');
    expect(state.dilemma!.card).toBe(card.id);
    expect(state.dilemma!.targets).toEqual(['t1', 't2', 't3']);
    for (const [team, option] of [['t1', 'a'], ['t2', 'b'], ['t3', 'a']] as const) {
      must(state, { type: 'vote', team, option, reason: `reden van ${team}` });
      must(state, { type: 'lockVote', team });
    }
    expect(state.dilemma!.revealed).toBe(true);
    expect(state.dilemma!.choices.map((c) => c.reason)).toEqual(['reden van t1', 'reden van t2', 'reden van t3']);

    const again = replay(deck, state.settings, state.seed, state.history);
    expect(again.ok && again.value.rounds).toEqual(state.rounds);
    // Undoing the addition takes the card out of the deck again.
    const fresh = inDoen(2);
    must(fresh, { type: 'addDilemma', card });
    must(fresh, { type: 'undo' });
    expect(fresh.deck.dilemmas.some((d) => d.id === card.id)).toBe(false);
    expect(fresh.dilemmaDeck).not.toContain(card.id);
  });

  it('refuses a second card with the same id', () => {
    const state = inDoen(2);
    must(state, { type: 'addDilemma', card: ownCard() });
    expect(reduce(state, { type: 'addDilemma', card: ownCard() })).toMatchObject({ ok: false, error: { code: 'duplicateCard' } });
  });
});

describe('leaving dilemmas out', () => {
  it('keeps left-out cards off the pile until they are taken back in, and shows which are out', () => {
    const state = newGame(2);
    const ids = state.deck.dilemmas.map((d) => d.id); // the cards of this game's scenario
    const out = ids.slice(0, Math.floor(ids.length / 2));
    must(state, { type: 'leaveOut', dilemmas: out });
    expect(state.dilemmaDeck.some((id) => out.includes(id))).toBe(false);
    expect(leftOut(state).sort()).toEqual([...out].sort());
    must(state, { type: 'start' });
    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      while (state.phase !== 'gedoe') must(state, { type: 'next' });
      if (state.dilemma) seen.push(state.dilemma.card);
      must(state, { type: 'next' });
      must(state, { type: 'next' });
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((id) => out.includes(id))).toBe(false);
    must(state, { type: 'leaveOut', dilemmas: [] });
    expect(leftOut(state)).toEqual([]);
    expect(state.dilemmaDeck).toEqual(expect.arrayContaining(out));
    expect(reduce(state, { type: 'leaveOut', dilemmas: ['bestaat-niet'] })).toMatchObject({ ok: false, error: { code: 'dilemmaNotAvailable' } });
  });
});
