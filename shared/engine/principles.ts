// The 18 principle cards played in the Doen phase. Cards 8, 15, 16 and 17 go with a dilemma vote (dilemmas.ts).
import { DILEMMA_PRINCIPLES, TOKEN_TYPES, type PrincipleEffect } from '../vocabulary.ts';
import type { TeamAction } from '../protocol/actions.ts';
import { addProgress, checkPlacement, fundersOf, planFunding, fund, placeInitiative, remainingCost } from './initiatives.ts';
import { activeTeams, fail, findProject, findTeam, initiativeCard, principleCard } from './lookup.ts';
import { addTokens, hasTokens, total } from './tokens.ts';
import { TUNING } from './tuning.ts';
import type { GameEvent, GameState, RuleError, TeamState } from './types.ts';

type Play = Extract<TeamAction, { type: 'play' }>;

const P = TUNING.principle;

export const effectOf = (state: GameState, principle: number): PrincipleEffect => principleCard(state, principle).effect;

/** Teams other than this one that have funded one of its initiatives (principle 6). */
function supportersOf(state: GameState, team: TeamState): number {
  const supporters = new Set<string>();
  for (const p of state.projects) if (p.trekker === team.id) for (const f of fundersOf(p)) if (f !== team.id) supporters.add(f);
  return supporters.size;
}

function openProject(state: GameState, id: string | undefined) {
  const project = findProject(state, id);
  if (!project) return fail('unknownInitiative');
  if (project.realised) return fail('alreadyRealised');
  return project;
}

const hasFunded = (team: TeamState, project: { trekker: string; funders: Record<string, number> }) =>
  project.trekker === team.id || (project.funders[team.id] ?? 0) > 0;

/** Checks the parts of a play that are particular to its principle. */
function checkEffect(state: GameState, team: TeamState, a: Play): RuleError | null {
  switch (effectOf(state, a.principle)) {
    case 'geld-als-energie':
      if (!a.initiative || !a.location) return fail('chooseInitiativeAndLocation');
      return checkPlacement(state, a.initiative, a.location);
    case 'trekker-handen-dubbel': {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return project.trekker === team.id ? null : fail('notYourInitiative');
    }
    case 'wereldproblemen-dichtbij': {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      const domains = initiativeCard(state, project.initiative).domains;
      if (!domains.includes('energie') && !domains.includes('groen')) return fail('needsEnergieOrGroen');
      return hasFunded(team, project) ? null : fail('fundItFirst');
    }
    case 'energie-zoeken':
      return supportersOf(state, team) > 0 ? null : fail('nobodyFundedYou');
    case 'alle-talenten': {
      if (a.initiative === undefined) return null;
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return hasFunded(team, project) ? null : fail('fundItFirst');
    }
    case 'betaalde-kracht':
      return team.tokens.geld >= P.betaaldeKrachtGeld ? null : fail('notEnoughTokens');
    case 'doen-niet-praten': {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return initiativeCard(state, project.initiative).size === 'small' ? null : fail('needsSmallInitiative');
    }
    case 'leren':
      if (a.choice === 'peek') return state.dilemmaDeck.length > 0 ? null : fail('noCardsLeft');
      if (a.choice === 'discard') return a.card !== undefined && state.principleDiscard.includes(a.card) ? null : fail('notInDiscard');
      return fail('chooseOption');
    case 'verbindend-weefsel': {
      const other = findTeam(state, a.targetTeam);
      if (!other || other.removed || other.id === team.id) return fail('chooseOtherTeam');
      const give = a.give ?? {};
      const take = a.take ?? {};
      const n = total(give);
      if (n < 1 || n > P.weefselMaxTokens || total(take) !== n) return fail('swapSameCount', { max: P.weefselMaxTokens });
      if (!hasTokens(team.tokens, give)) return fail('notEnoughTokens');
      return hasTokens(other.tokens, take) ? null : fail('otherTeamLacksTokens');
    }
    case 'cooperatie-verbinder': {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return fundersOf(project).length >= 2 ? null : fail('needsCoFunding');
    }
    case 'buurttop': {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return project.pausedRound === state.round ? fail('initiativePaused') : null;
    }
    case 'meervoudig-verdienmodel': {
      if (team.extraYield.length > 0) return fail('alreadyActive');
      const domains = new Set(state.projects.filter((p) => p.realised && p.trekker === team.id).flatMap((p) => initiativeCard(state, p.initiative).domains));
      if (domains.size < 2) return fail('needsTwoDomains');
      return a.tokenType ? null : fail('chooseTokenType');
    }
    default:
      return null;
  }
}

export function checkPlay(state: GameState, team: TeamState, a: Play): RuleError | null {
  if (!team.hand.includes(a.principle)) return fail('cardNotInHand');
  if (DILEMMA_PRINCIPLES.includes(effectOf(state, a.principle))) return fail('playWithVote');
  if (state.phase !== 'doen') return fail('wrongPhase');
  if (team.principlesThisRound >= TUNING.principlesPerRound) return fail('principleLimit', { max: TUNING.principlesPerRound });
  return checkEffect(state, team, a);
}

/** Moves a played card from the hand to the discard pile and records who played it. */
export function discardPlayed(state: GameState, team: TeamState, principle: number, events: GameEvent[]) {
  team.hand = team.hand.filter((n) => n !== principle);
  state.principleDiscard.push(principle);
  state.rounds.at(-1)?.principles.push({ team: team.id, principle });
  events.push({ type: 'principlePlayed', team: team.id, principle });
}

export function applyPlay(state: GameState, team: TeamState, a: Play, events: GameEvent[]) {
  discardPlayed(state, team, a.principle, events);
  team.principlesThisRound++;
  switch (effectOf(state, a.principle)) {
    case 'geld-als-energie':
      placeInitiative(state, team, a.initiative!, a.location!, events);
      team.energieAsGeld = a.initiative!;
      break;
    case 'trekker-handen-dubbel':
      team.doubleHanden = a.initiative!;
      break;
    case 'moeite-waard':
      team.tokens.energie += P.moeiteWaardEnergie;
      if (team.exhausted) {
        team.exhausted = false;
        team.tokens.handen += TUNING.income.handen + team.income.handen;
      }
      break;
    case 'wereldproblemen-dichtbij':
      findProject(state, a.initiative)!.bonusCP += P.wereldproblemenCP;
      break;
    case 'vier-successen':
      state.celebrateBonus++;
      team.tokens.netwerk++;
      break;
    case 'energie-zoeken':
      team.tokens.energie += supportersOf(state, team);
      break;
    case 'alle-talenten': {
      team.tokens.handen += P.talentenHanden;
      const project = findProject(state, a.initiative);
      if (project && !initiativeCard(state, project.initiative).domains.includes('inclusie') && !project.extraDomains.includes('inclusie')) {
        project.extraDomains.push('inclusie');
      }
      break;
    }
    case 'betaalde-kracht':
      team.tokens.geld -= P.betaaldeKrachtGeld;
      team.income.handen++;
      break;
    case 'doen-niet-praten':
      addProgress(state, findProject(state, a.initiative)!, P.doenNietPratenDrop, events);
      break;
    case 'leren':
      if (a.choice === 'peek') {
        team.peek = state.dilemmaDeck.slice(0, 2);
        events.push({ type: 'peeked', team: team.id, cards: team.peek, private: team.id });
      } else {
        state.principleDiscard = state.principleDiscard.filter((n) => n !== a.card);
        team.hand.push(a.card!);
      }
      break;
    case 'verbindend-weefsel': {
      const other = findTeam(state, a.targetTeam)!;
      addTokens(team.tokens, a.give!, -1);
      addTokens(other.tokens, a.give!);
      addTokens(other.tokens, a.take!, -1);
      addTokens(team.tokens, a.take!);
      team.tokens.netwerk++;
      other.tokens.netwerk++;
      break;
    }
    case 'cooperatie-verbinder':
      findProject(state, a.initiative)!.bonusCP += P.cooperatieVerbinderCP;
      break;
    case 'buurttop':
      buurttop(state, a.initiative!, events);
      break;
    case 'meervoudig-verdienmodel':
      team.extraYield.push(a.tokenType!);
      break;
    default:
      break;
  }
}

/** A team keeps this much Energie when the buurttop asks for a token: nobody is made uitgeput by it. */
const BUURTTOP_KEEPS_ENERGIE = 2;

/**
 * Principle 14: every team moves one token it can spare to the chosen initiative and gains 1 Netwerk for
 * joining the summit; a big initiative joins the market.
 */
function buurttop(state: GameState, initiative: string, events: GameEvent[]) {
  for (const team of activeTeams(state)) {
    const project = findProject(state, initiative)!;
    if (project.realised) break;
    const need = remainingCost(state, project);
    const spare = (t: (typeof TOKEN_TYPES)[number]) => team.tokens[t] - (t === 'energie' ? BUURTTOP_KEEPS_ENERGIE : 0);
    const type = TOKEN_TYPES.filter((t) => need[t] > 0 && spare(t) > 0).sort((x, y) => spare(y) - spare(x))[0];
    if (!type) continue;
    const progress = planFunding(state, team, initiative, { [type]: 1 });
    if ('code' in progress) continue;
    fund(state, team, initiative, { [type]: 1 }, progress, events);
    team.tokens.netwerk++; // the summit connects the teams that join in
  }
  const bigIndex = state.initiativeDeck.findIndex((id) => initiativeCard(state, id).size === 'big');
  if (bigIndex >= 0) state.market.push(...state.initiativeDeck.splice(bigIndex, 1));
}
