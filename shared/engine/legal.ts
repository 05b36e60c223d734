// legalActions: every concrete action a team may take now. The one source for UI highlights, bots and tests;
// it proposes candidates and keeps those that check() allows, so the rules themselves stay in one place.
import { TOKEN_TYPES, type TokenType } from '../vocabulary.ts';
import type { TeamAction } from '../protocol/actions.ts';
import { freeLocations, remainingCost } from './initiatives.ts';
import { activeTeams, dilemmaCard, findTeam, initiativeCard } from './lookup.ts';
import { effectOf } from './principles.ts';
import { checkTeamAction } from './reduce.ts';
import { TUNING } from './tuning.ts';
import type { GameState, TeamState } from './types.ts';

function placements(state: GameState) {
  const free = freeLocations(state);
  return state.market.flatMap((initiative) => {
    const types = initiativeCard(state, initiative).locationTypes;
    return free.filter((l) => types.includes(l.type)).map((l) => ({ initiative, location: l.id }));
  });
}

/** One token of each type, shared by all candidates (actions are never changed after they are made). */
const ONE = Object.fromEntries(TOKEN_TYPES.map((t) => [t, Object.freeze({ [t]: 1 })])) as Record<TokenType, Readonly<Partial<Record<TokenType, number>>>>;

const oneForOne = (give: TokenType, take: TokenType) => ({ give: ONE[give], take: ONE[take] });

/** One-for-one swaps with other teams; only types this team holds can be given (and, when the swap is immediate, taken only what the other holds). */
function swaps(state: GameState, team: TeamState, immediate: boolean) {
  const result: { other: string; give: TokenType; take: TokenType }[] = [];
  const giveable = TOKEN_TYPES.filter((t) => team.tokens[t] > 0);
  for (const other of activeTeams(state)) {
    if (other.id === team.id) continue;
    for (const give of giveable) {
      for (const take of TOKEN_TYPES) if (give !== take && (!immediate || other.tokens[take] > 0)) result.push({ other: other.id, give, take });
    }
  }
  return result;
}

function playCandidates(state: GameState, team: TeamState, principle: number): TeamAction[] {
  const base = { type: 'play' as const, team: team.id, principle };
  const open = () => state.projects.filter((p) => !p.realised).map((p) => ({ ...base, initiative: p.initiative }));
  switch (effectOf(state, principle)) {
    case 'geld-als-energie': return placements(state).map((p) => ({ ...base, ...p }));
    case 'trekker-handen-dubbel': case 'wereldproblemen-dichtbij': case 'doen-niet-praten':
    case 'cooperatie-verbinder': case 'buurttop': return open();
    case 'alle-talenten': return [base, ...open()];
    case 'leren': return [{ ...base, choice: 'peek' }, ...[...new Set(state.principleDiscard)].map((card) => ({ ...base, choice: 'discard' as const, card }))];
    case 'dialoog': case 'partnerschap': case 'team-in-vertrouwen': case 'transparant': return [];
    case 'verbindend-weefsel':
      return swaps(state, team, true).map((s) => ({ ...base, targetTeam: s.other, ...oneForOne(s.give, s.take) }));
    case 'meervoudig-verdienmodel': return TOKEN_TYPES.map((tokenType) => ({ ...base, tokenType }));
    default: return [base];
  }
}

/** Votes (each option, alone or with a card from the hand; a reason is free text the team adds) and the lock. */
function voteCandidates(state: GameState, team: TeamState): TeamAction[] {
  if (!state.dilemma) return [];
  const card = dilemmaCard(state, state.dilemma.card);
  return [
    ...card.options.flatMap((o) => [
      { type: 'vote' as const, team: team.id, option: o.id },
      ...team.hand.map((principle) => ({ type: 'vote' as const, team: team.id, option: o.id, principle })),
    ]),
    { type: 'lockVote', team: team.id },
  ];
}

function candidates(state: GameState, team: TeamState, offers: boolean): TeamAction[] {
  const id = team.id;
  const list: TeamAction[] = [{ type: 'ready', team: id, ready: !team.ready }];
  if (state.phase === 'gedoe') return [...list, ...voteCandidates(state, team)];
  // Free text: the candidate stands for "may write now" (its text is the team's; '' would withdraw a line).
  if (state.phase === 'vieren') return [...list, { type: 'harvest', team: id, text: '' }];
  if (state.phase === 'afsluiten') return [...list, ...([0, 1] as const).map((question) => ({ type: 'closingAnswer' as const, team: id, question, text: '' }))];
  if (state.phase !== 'doen') return list;
  // Candidates the rules would refuse anyway are not built (check() below stays the judge).
  if (!team.claimedThisRound) for (const p of placements(state)) list.push({ type: 'claim', team: id, ...p });
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
  for (const s of offers ? swaps(state, team, false) : []) {
    list.push({ type: 'offerTrade', team: id, to: s.other, give: ONE[s.give], want: ONE[s.take] });
  }
  for (const trade of state.trades) {
    if (trade.to === id) list.push({ type: 'answerTrade', team: id, offer: trade.id, accept: true }, { type: 'answerTrade', team: id, offer: trade.id, accept: false });
    if (trade.from === id) list.push({ type: 'cancelTrade', team: id, offer: trade.id });
  }
  return list;
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
