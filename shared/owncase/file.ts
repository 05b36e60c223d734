// Own cases as a file: YAML in the same shape as the card files (a list of dilemmas), so a downloaded case
// uploads again unchanged, and the YAML route (cards:check, the deck field) reads it too.
import { parse, stringify } from 'yaml';
import { formatProblem, parseDeckFile } from '../cards/assemble.ts';
import type { Dilemma } from '../cards/schema.ts';

/** Only what a card file holds: schema defaults that say nothing (no hidden effects, no cost) are left out. */
function plain({ tags, ...card }: Dilemma): Record<string, unknown> {
  return {
    ...card,
    ...(tags.length ? { tags } : {}),
    options: card.options.map(({ hidden, cost, talk, strengthenedBy, ...o }) => ({
      ...o,
      ...(hidden.length ? { hidden } : {}),
      ...(Object.keys(cost).length ? { cost } : {}),
      ...(talk ? { talk } : {}),
      ...(strengthenedBy.length ? { strengthenedBy } : {}),
    })),
  };
}

export const ownCasesYaml = (cards: Dilemma[]) => stringify({ dilemmas: cards.map(plain) }, { lineWidth: 0 });

export const ownCaseFileName = (card: Dilemma) => `${card.id}.yaml`;

/** The dilemma cards in an uploaded file, validated by the card schema; problems name card and field. */
export function readOwnCases(text: string): { cards: Dilemma[]; problems: string[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { cards: [], problems: [`(file): ${error instanceof Error ? error.message.split('\n')[0] : 'not YAML'}`] };
  }
  const { deck, problems } = parseDeckFile('(file)', data);
  return { cards: deck.dilemmas, problems: problems.map(formatProblem) };
}

/** The session's deck text with own cases added to its dilemmas (the deck text may be empty, YAML or JSON). */
export function withOwnCases(deckText: string, cards: Dilemma[]): { text: string } | { error: string } {
  if (cards.length === 0) return { text: deckText };
  if (!deckText.trim()) return { text: ownCasesYaml(cards) };
  let data: unknown;
  try {
    data = parse(deckText);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : 'not YAML' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'the deck text must be a YAML object' };
  const object = data as Record<string, unknown>;
  const dilemmas = Array.isArray(object.dilemmas) ? object.dilemmas : [];
  return { text: stringify({ ...object, dilemmas: [...dilemmas, ...cards.map(plain)] }, { lineWidth: 0 }) };
}
