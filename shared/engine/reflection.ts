// The words the teams leave behind: a harvest line per team in Vieren & Leren and the answers to the two
// closing questions. Both are actions in the log, so replay, undo and the debrief see them.
import { fail, type RuleError } from './errors.ts';
import type { GameEvent, GameState, TeamState } from './types.ts';

/** The engine's own check on free text (the protocol schema trims it and refuses control characters). */
export const checkText = (text: string, max: number): RuleError | null => (text.length > max ? fail('textTooLong', { max }) : null);

/** Sets (or, with '', withdraws) the team's harvest line of this round. */
export function harvestLine(state: GameState, team: TeamState, text: string, events: GameEvent[]) {
  const record = state.rounds.at(-1)!;
  record.harvest = record.harvest.filter((h) => h.team !== team.id);
  if (text.trim()) record.harvest.push({ team: team.id, text: text.trim() });
  events.push({ type: 'harvest', team: team.id });
}

/** Sets (or, with '', withdraws) the team's answer to closing question 0 or 1. */
export function answerClosing(state: GameState, team: TeamState, question: 0 | 1, text: string, events: GameEvent[]) {
  const answers = state.closing.answers.filter((a) => a.team !== team.id || a.question !== question);
  if (text.trim()) answers.push({ team: team.id, question, text: text.trim() });
  state.closing.answers = answers;
  events.push({ type: 'closingAnswer', team: team.id, question });
}
