// The deck as one scenario plays it: only the cards that fit it, each in that scenario's wording.
// Applied once when a session is made, so the engine and every screen see the same, already worded cards.
import type { Deck, Dilemma, Initiative } from './schema.ts';

/** Does a card fit a scenario? A card without a scenario list fits all. */
export const fitsScenario = (card: { scenarios?: string[] }, scenario: string) => !card.scenarios || card.scenarios.includes(scenario);

function wordDilemma(card: Dilemma, scenario: string): Dilemma {
  const v = card.variants?.[scenario];
  return v ? { ...card, title: v.title ?? card.title, situation: v.situation ?? card.situation, reflection: v.reflection ?? card.reflection } : card;
}

function wordInitiative(card: Initiative, scenario: string): Initiative {
  const v = card.variants?.[scenario];
  return v ? { ...card, title: v.title ?? card.title, text: v.text ?? card.text } : card;
}

export function deckForScenario(deck: Deck, scenario: string): Deck {
  return {
    ...deck,
    dilemmas: deck.dilemmas.filter((d) => fitsScenario(d, scenario)).map((d) => wordDilemma(d, scenario)),
    initiatives: deck.initiatives.filter((i) => fitsScenario(i, scenario)).map((i) => wordInitiative(i, scenario)),
  };
}
