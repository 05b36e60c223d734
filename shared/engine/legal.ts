// legalActions: every concrete action a team may take now. The one source for UI highlights, bots and tests;
// it proposes candidates and keeps those that check() allows, so the rules themselves stay in one place.
import { TOKEN_TYPES } from '../vocabulary.ts';
import type { TeamAction } from '../protocol/actions.ts';
import { ONE, placements, swaps } from './candidates.ts';
import { remainingCost } from './initiatives.ts';
import { dilemmaCard, findTeam } from './lookup.ts';
import { playCandidates } from './principles.ts';
import { checkTeamAction } from './reduce.ts';
import { TUNING } from './tuning.ts';
import type { GameState, TeamState } from './types.ts';

function voteCandidates(state: GameState, team: TeamState): TeamAction[] {
  if (!state.dilemma) return [];
  const list: TeamAction[] = [];
  for (const o of dilemmaCard(state, state.dilemma.card).options) {
    list.push({ type: 'vote', team: team.id, option: o.id });
    for (const principle of team.hand) list.push({ type: 'vote', team: team.id, option: o.id, principle });
  }
  list.push({ type: 'lockVote', team: team.id });
  return list;
}

/** New trade offers: one token for one, to every other team. */
function offerCandidates(state: GameState, team: TeamState): TeamAction[] {
  return swaps(state, team, false).map((s) => ({ type: 'offerTrade', team: team.id, to: s.other, give: ONE[s.give], want: ONE[s.take] }));
}

function candidates(state: GameState, team: TeamState, offers: boolean): TeamAction[] {
  const id = team.id;
  const list: TeamAction[] = [{ type: 'ready', team: id, ready: !team.ready }];
  if (state.phase === 'gedoe') {
    list.push(...voteCandidates(state, team));
    return list;
  }
  // Free text: the candidate stands for "may write now" (its text is the team's; '' would withdraw a line).
  if (state.phase === 'vieren') return [...list, { type: 'harvest', team: id, text: '' }];
  if (state.phase === 'afsluiten') return [...list, ...([0, 1] as const).map((question) => ({ type: 'closingAnswer' as const, team: id, question, text: '' }))];
  if (state.phase !== 'doen') return list;
  // Candidates the rules would refuse anyway are not built (check() below stays the judge).
  if (!team.claimedThisRound) list.push(...placements(state, (initiative, location): TeamAction => ({ type: 'claim', team: id, initiative, location })));
  for (const project of state.projects) {
    if (project.realised) continue;
    const need = remainingCost(state, project);
    for (const t of TOKEN_TYPES) if (need[t] > 0 && team.tokens[t] > 0) list.push({ type: 'fund', team: id, initiative: project.initiative, tokens: ONE[t] });
    if (team.energieAsGeld === project.initiative && need.geld > 0 && need.energie === 0) {
      list.push({ type: 'fund', team: id, initiative: project.initiative, tokens: ONE.energie });
    }
  }
  if (team.principlesThisRound < TUNING.principlesPerRound) {
    for (const principle of new Set(team.hand)) list.push(...playCandidates(state, team, principle));
  }
  if (offers) list.push(...offerCandidates(state, team));
  for (const trade of state.trades) {
    if (trade.to === id) list.push({ type: 'answerTrade', team: id, offer: trade.id, accept: true }, { type: 'answerTrade', team: id, offer: trade.id, accept: false });
    if (trade.from === id) list.push({ type: 'cancelTrade', team: id, offer: trade.id });
  }
  return list;
}

/**
 * The candidates legalActions puts to the rules, unchecked: for a caller that weighs them first and asks
 * checkTeamAction only about the few that could win (legalActions = these, filtered by checkTeamAction).
 */
export function candidateActions(state: GameState, teamId: string, { offers = true } = {}): TeamAction[] {
  const team = findTeam(state, teamId);
  if (!team || team.removed) return [];
  return candidates(state, team, offers);
}

/**
 * Every concrete action this team may take now (funding and trade offers are listed one token at a time).
 * `offers: false` leaves out new trade offers, for a caller that is not going to make one.
 */
export function legalActions(state: GameState, teamId: string, { offers = true } = {}): TeamAction[] {
  const team = findTeam(state, teamId);
  if (!team || team.removed) return [];
  return candidates(state, team, offers).filter((a) => checkTeamAction(state, team, a) === null);
}

/** Only the candidate new trade offers of candidateActions (in the same order), for a caller that weighs nothing else. */
export function candidateOffers(state: GameState, teamId: string): TeamAction[] {
  const team = findTeam(state, teamId);
  if (!team || team.removed || state.phase !== 'doen') return [];
  return offerCandidates(state, team);
}

