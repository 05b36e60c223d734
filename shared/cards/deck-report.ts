// What cards:check reports about a whole deck, and the rules a complete deck must meet (docs/rules.md, "Card
// rules"). Pure: the same numbers for the built-in deck and any other.
import { THEMES, type Theme } from '../vocabulary.ts';
import type { DeckProblem } from './assemble.ts';
import { fitsScenario } from './for-scenario.ts';
import { isGoodNews, optionViolations } from './option-rules.ts';
import type { Deck, Dilemma } from './schema.ts';

/** The deck minimums of the rulebook (docs/rules.md); the themes every deck must touch are the first ten of THEMES. */
export const DECK_MINIMUMS = {
  gedoe: 16,
  positiespel: 16,
  tensionCards: 6,
  positiveSmallPrintShare: 1 / 3,
  ownCardsPerScenario: 4,
  themes: THEMES.slice(0, 10) as readonly Theme[],
} as const;


/** Positiespel options with small print, and how many of those bring good news. */
function smallPrint(dilemmas: Dilemma[]) {
  const printed = dilemmas.filter((d) => d.kind === 'positiespel').flatMap((d) => d.options.filter((o) => o.hidden.length > 0));
  return { total: printed.length, good: printed.filter((o) => isGoodNews(o.hidden)).length };
}

export function deckReport(deck: Deck) {
  /** Options (not problems) that break one of these rules: an option with two problems counts once. */
  const countOptions = (rules: string[]) =>
    deck.dilemmas.reduce((n, d) => n + new Set(optionViolations(d).filter((v) => rules.includes(v.rule)).map((v) => v.option)).size, 0);
  const print = smallPrint(deck.dilemmas);
  const themes: Partial<Record<Theme, number>> = {};
  for (const theme of THEMES) {
    const n = deck.dilemmas.filter((d) => d.tags.includes(theme)).length;
    if (n > 0) themes[theme] = n;
  }
  const perScenario = Object.fromEntries(
    deck.scenarios.map((s) => [s.id, {
      /** Cards written for this scenario only (it names a subset of the scenarios that holds this one). */
      own: deck.dilemmas.filter((d) => d.scenarios?.includes(s.id) && d.scenarios.length < deck.scenarios.length).length,
      /** Cards with wording of their own for this scenario. */
      variants: deck.dilemmas.filter((d) => d.variants?.[s.id]).length,
      dilemmas: deck.dilemmas.filter((d) => fitsScenario(d, s.id)).length,
      initiatives: deck.initiatives.filter((i) => fitsScenario(i, s.id)).length,
    }]),
  );
  return {
    lockedOptions: countOptions(['locked']),
    dominatedOptions: countOptions(['dominated']),
    optionsWithoutUpsideOrCost: countOptions(['noUpside', 'noCost']),
    tensionCards: deck.dilemmas.filter((d) => d.tension).length,
    /** Cards without a theme: a deck chosen by theme cannot include or leave them out. */
    untaggedCards: deck.dilemmas.filter((d) => d.tags.length === 0).length,
    positiveSmallPrintShare: print.total === 0 ? 1 : Math.round((print.good / print.total) * 100) / 100,
    themes,
    perScenario,
  };
}
export type DeckReport = ReturnType<typeof deckReport>;

/** The rules for a complete deck (the built-in one, or one that replaces it): minimums and coverage. */
export function deckCompleteness(deck: Deck, report: DeckReport = deckReport(deck), file = '(deck)'): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ file, card: '-', field, message });
  };
  for (const kind of ['gedoe', 'positiespel'] as const) {
    const n = deck.dilemmas.filter((d) => d.kind === kind).length;
    need(n >= DECK_MINIMUMS[kind], 'dilemmas', `${n} ${kind} cards; a deck needs at least ${DECK_MINIMUMS[kind]}`);
  }
  need(report.tensionCards >= DECK_MINIMUMS.tensionCards, 'tension',
    `${report.tensionCards} tension cards; a deck needs at least ${DECK_MINIMUMS.tensionCards}`);
  const print = smallPrint(deck.dilemmas);
  need(print.good * 3 >= print.total, 'hidden',
    `${print.good} of ${print.total} positiespel small prints are good news; at least a third must be`);
  const missing = DECK_MINIMUMS.themes.filter((t) => !report.themes[t]);
  need(missing.length === 0, 'tags', `no card is about ${missing.join(', ')}`);
  for (const [id, s] of Object.entries(report.perScenario)) {
    need(s.own >= DECK_MINIMUMS.ownCardsPerScenario, 'scenarios',
      `scenario ${id} has ${s.own} cards of its own; it needs at least ${DECK_MINIMUMS.ownCardsPerScenario}`);
  }
  return problems;
}
