// Which unsent texts apply to a team's task now, named by what they are for (stored by lib/drafts.ts): the reason
// for this round's dilemma until the vote is locked or revealed, this round's harvest line, the closing answers.
import type { Drafts } from '../lib/drafts.ts';
import type { GameModel } from '../lib/model.ts';

export const reasonPurpose = (g: GameModel) => `reason.${g.round}.${g.dilemma?.card ?? ''}`;
export const harvestPurpose = (g: GameModel) => `harvest.${g.round}`;
export const closingPurpose = (question: 0 | 1) => `closing.${question}`;

export function applyingPurposes(g: GameModel, team: string): string[] {
  switch (g.phase) {
    case 'gedoe':
      return g.dilemma && !g.dilemma.revealed && !g.privates?.[team]?.voteLocked ? [reasonPurpose(g)] : [];
    case 'vieren':
      return [harvestPurpose(g)];
    case 'afsluiten':
      return [closingPurpose(0), closingPurpose(1)];
    default:
      return [];
  }
}

/**
 * The draft for a field, or null: a draft that says what the team has saved gives way to the saved text once the
 * field is left (then another device's later change shows here).
 */
export function draftOf(drafts: Drafts, purpose: string, saved: string, field: string): string | null {
  const draft = drafts.get(purpose);
  if (draft !== null && draft.trim() === saved && document.activeElement?.id !== field) {
    drafts.set(purpose, null);
    return null;
  }
  return draft;
}
