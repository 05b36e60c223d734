// The principle table: every card has a Doen effect or is for votes only, a "with a vote" effect that
// really strengthens the option it fits, and a text in both languages that says so before it is played.
import { describe, expect, it } from 'vitest';
import type { Dilemma, DilemmaOption } from '../shared/cards/schema.ts';
import { playableInDoen, principleText } from '../shared/engine/index.ts';
import { cardFitsVote, effectOf } from '../shared/engine/principles.ts';
import { TUNING } from '../shared/engine/tuning.ts';
import { voteEffects } from '../shared/engine/votes.ts';
import { PRINCIPLE_EFFECTS } from '../shared/vocabulary.ts';
import { fixtureDeck } from './helpers/deck.ts';
import { giveCard, inDoen, must, team } from './helpers/game.ts';

const text = { nl: 'x', en: 'x' };

/** An option with something for every card to work on: costs, downsides, small print. */
function optionFor(n: number, talk: boolean): DilemmaOption {
  return {
    id: 'proef', label: text, hint: text, talk, strengthenedBy: [n], cost: { geld: 1, handen: 1 },
    effects: [{ type: 'vertrouwen', delta: -1 }, { type: 'exhaust' }, { type: 'tokens', delta: { energie: -1 } }],
    hidden: [{ type: 'coopt' }],
  };
}

function cardFor(kind: Dilemma['kind'], option: DilemmaOption): Dilemma {
  return { id: 'proef', kind, title: text, situation: text, target: { kind: 'all' }, options: [option], default: 'proef', reflection: text } as Dilemma;
}

describe('the principle table', () => {
  it.each(fixtureDeck.principles.map((p) => [p.number, p.effect] as const))('card %i (%s) strengthens an option it fits when argued with a vote', (n, effect) => {
    const state = inDoen(3, 'het-dorp', fixtureDeck);
    const option = optionFor(n, effect === 'dialoog');
    const card = cardFor(effect === 'team-in-vertrouwen' ? 'gedoe' : 'positiespel', option);
    expect(cardFitsVote(state, n, card, option)).toBe(true);
    // Principle 6 counts the other teams that voted the same.
    state.dilemma = { card: 'proef', targets: ['t1', 't2', 't3'], initiative: null, revealed: false, choices: [], votes: { t2: { option: 'proef', principle: null, reason: '', locked: true } } };
    const plain = voteEffects(state, team(state, 't1'), card, option, null);
    const argued = voteEffects(state, team(state, 't1'), card, option, n);
    expect(argued).not.toEqual(plain);
  });

  it('lets card 8 go only with a talking option and card 10 only with one that acts, whatever an option names', () => {
    const state = inDoen(2, 'het-dorp', fixtureDeck);
    const talking = { ...optionFor(10, true), strengthenedBy: [8, 10] };
    const acting = { ...optionFor(8, false), strengthenedBy: [8, 10] };
    expect(cardFitsVote(state, 8, cardFor('gedoe', talking), talking)).toBe(true);
    expect(cardFitsVote(state, 8, cardFor('gedoe', acting), acting)).toBe(false);
    expect(cardFitsVote(state, 10, cardFor('gedoe', acting), acting)).toBe(true);
    expect(cardFitsVote(state, 10, cardFor('gedoe', talking), talking)).toBe(false);
  });

  it('refuses a card an option neither names nor fits', () => {
    const state = inDoen(2, 'het-dorp', fixtureDeck);
    const option = { ...optionFor(1, false), strengthenedBy: [] };
    expect(cardFitsVote(state, 11, cardFor('gedoe', option), option)).toBe(false);
    expect(cardFitsVote(state, 11, cardFor('gedoe', { ...option, strengthenedBy: [11] }), { ...option, strengthenedBy: [11] })).toBe(true);
  });

  it('plays card 8 in Doen for +1 Vertrouwen', () => {
    const state = inDoen(2, 'het-dorp', fixtureDeck);
    giveCard(state, 't1', 8);
    const trust = state.vertrouwen;
    must(state, { type: 'play', team: 't1', principle: 8 });
    expect(state.vertrouwen).toBe(trust + 1);
    expect(effectOf(state, 8)).toBe('dialoog');
  });
});

describe('what a card does, in words', () => {
  it.each(PRINCIPLE_EFFECTS)('%s has its Doen and vote texts in Dutch and English, numbers filled in', (effect) => {
    for (const language of ['nl', 'en'] as const) {
      const words = principleText(effect, language);
      expect(words.withVote).not.toContain('principleVote.');
      expect(words.withVote).not.toMatch(/\{\w+\}/);
      if (playableInDoen(effect)) {
        expect(words.doen).toBeTruthy();
        expect(words.doen).not.toContain('principleDoen.');
        expect(words.doen).not.toMatch(/\{\w+\}/);
      } else {
        expect(words.doen).toBeNull();
      }
    }
  });

  it('names the numbers the rules use now', () => {
    expect(principleText('betaalde-kracht', 'nl').doen).toContain(`${TUNING.principle.betaaldeKrachtPrice} Geld`);
    expect(principleText('partnerschap', 'en').withVote).toContain(`+${TUNING.principle.partnerschapGeld} Money`);
  });
});
