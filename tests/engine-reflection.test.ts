// The words teams leave: harvest lines in Vieren & Leren, the closing reflection, and the questions the
// facilitator may reword. All are actions in the log, visible to every seat as they come in.
import { describe, expect, it } from 'vitest';
import { reduce, replay, viewFor } from '../shared/engine/index.ts';
import { deck } from './helpers/deck.ts';
import { must, newGame } from './helpers/game.ts';

function toVieren(teams = 2, rounds = 3) {
  const state = newGame(teams, 'het-dorp', rounds);
  must(state, { type: 'start' });
  while (state.phase !== 'vieren') must(state, { type: 'next' });
  return state;
}

describe('harvest lines', () => {
  it('keeps one line per team per round, changed or withdrawn, only in Vieren & Leren, public at once', () => {
    const state = toVieren();
    must(state, { type: 'harvest', team: 't1', text: 'We zagen principe 8 terug' });
    must(state, { type: 'harvest', team: 't2', text: 'Eerst doen' });
    must(state, { type: 'harvest', team: 't1', text: 'Praten hielp echt' });
    expect(state.rounds[0]!.harvest).toEqual([{ team: 't2', text: 'Eerst doen' }, { team: 't1', text: 'Praten hielp echt' }]);
    expect(viewFor(state, 'observer').history[0]!.harvest).toEqual(state.rounds[0]!.harvest);
    must(state, { type: 'harvest', team: 't2', text: '' });
    expect(state.rounds[0]!.harvest).toEqual([{ team: 't1', text: 'Praten hielp echt' }]);
    expect(reduce(state, { type: 'harvest', team: 't1', text: 'x'.repeat(141) })).toMatchObject({ ok: false, error: { code: 'textTooLong', params: { max: 140 } } });
    must(state, { type: 'next' });
    expect(reduce(state, { type: 'harvest', team: 't1', text: 'te laat' })).toMatchObject({ ok: false, error: { code: 'wrongPhase' } });
  });
});

describe('the closing reflection', () => {
  it('comes after the last round: teams answer both questions, the facilitator may reword them, then the game ends', () => {
    const state = toVieren(2, 3);
    while (state.round < 3 || state.phase !== 'vieren') must(state, { type: 'next' });
    expect(reduce(state, { type: 'closingAnswer', team: 't1', question: 0, text: 'te vroeg' })).toMatchObject({ ok: false, error: { code: 'wrongPhase' } });
    must(state, { type: 'next' });
    expect(state.phase).toBe('afsluiten');
    expect(state.result).toBeNull();
    must(state, { type: 'setClosingQuestions', questions: ['Wat neem je mee naar je eigen buurt?', null] });
    must(state, { type: 'closingAnswer', team: 't1', question: 0, text: 'Principe 2: bewoners aan het roer' });
    must(state, { type: 'closingAnswer', team: 't1', question: 1, text: 'Maandag bel ik de wethouder' });
    must(state, { type: 'closingAnswer', team: 't2', question: 1, text: 'Vaker vragen wat mensen willen' });
    must(state, { type: 'closingAnswer', team: 't1', question: 0, text: 'Principe 8: altijd het gesprek' });
    expect(viewFor(state, 'observer').closing).toEqual({
      questions: ['Wat neem je mee naar je eigen buurt?', null],
      answers: [
        { team: 't1', question: 1, text: 'Maandag bel ik de wethouder' },
        { team: 't2', question: 1, text: 'Vaker vragen wat mensen willen' },
        { team: 't1', question: 0, text: 'Principe 8: altijd het gesprek' },
      ],
    });
    must(state, { type: 'ready', team: 't1', ready: true });
    must(state, { type: 'ready', team: 't2', ready: true });
    expect(state.phase).toBe('ended');
    expect(state.result).toMatchObject({ endedEarly: false });
    const rebuilt = replay(deck, state.settings, state.seed, state.history);
    expect(rebuilt.ok && rebuilt.value.closing).toEqual(state.closing);
  });
});
