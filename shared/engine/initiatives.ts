// Claiming, funding and realising initiatives, and the community power they bring.
import { TOKEN_TYPES, type Tokens } from '../vocabulary.ts';
import { fail, findProject, findTeam, initiativeCard, scenarioOf } from './lookup.ts';
import { addTokens, hasTokens, isEmpty, total, zeroTokens, type TokenAmounts } from './tokens.ts';
import { TUNING } from './tuning.ts';
import type { GameEvent, GameState, Project, RuleError, TeamState } from './types.ts';

export function remainingCost(state: GameState, project: Project): Tokens {
  const cost = initiativeCard(state, project.initiative).cost;
  const paid = project.paid;
  return {
    energie: Math.max(0, (cost.energie ?? 0) - paid.energie),
    handen: Math.max(0, (cost.handen ?? 0) - paid.handen),
    netwerk: Math.max(0, (cost.netwerk ?? 0) - paid.netwerk),
    geld: Math.max(0, (cost.geld ?? 0) - paid.geld),
  };
}

export const fundersOf = (project: Project) => Object.keys(project.funders).filter((id) => project.funders[id]! > 0);

export function fundersNeeded(state: GameState, project: Project): number {
  if (initiativeCard(state, project.initiative).size !== 'big') return 1;
  return state.vertrouwen >= TUNING.trustHigh ? TUNING.bigFundersNeeded - 1 : TUNING.bigFundersNeeded;
}

export function freeLocations(state: GameState) {
  // A board holds a dozen locations at most: a scan beats building a set for every candidate list.
  const projects = state.projects;
  return scenarioOf(state).locations.filter((l) => !projects.some((p) => p.location === l.id));
}

/** Can this team put this market initiative on this location? (Not whether it may claim this round.) */
export function checkPlacement(state: GameState, initiative: string, location: string): RuleError | null {
  if (!state.market.includes(initiative)) return fail('notInMarket');
  const spot = scenarioOf(state).locations.find((l) => l.id === location);
  if (!spot) return fail('unknownLocation');
  if (state.projects.some((p) => p.location === location)) return fail('locationTaken');
  if (!initiativeCard(state, initiative).locationTypes.includes(spot.type)) return fail('locationDoesNotFit');
  return null;
}

export function placeInitiative(state: GameState, team: TeamState, initiative: string, location: string, events: GameEvent[]) {
  state.market = state.market.filter((id) => id !== initiative);
  state.projects.push({
    initiative, location, trekker: team.id, paid: zeroTokens(), funders: {}, claimedRound: state.round,
    realised: false, realisedRound: null, overgenomen: false, bonusCP: 0, pausedRound: null, extraDomains: [], cp: 0,
  });
  events.push({ type: 'claimed', team: team.id, initiative, location });
}

/** Works out what a contribution adds to the initiative, or why the rules refuse it. */
export function planFunding(state: GameState, team: TeamState, initiative: string, given: TokenAmounts): Tokens | RuleError {
  const project = findProject(state, initiative);
  if (!project) return fail('unknownInitiative');
  if (project.realised) return fail('alreadyRealised');
  if (project.pausedRound === state.round) return fail('initiativePaused');
  if (isEmpty(given)) return fail('nothingGiven');
  if (!hasTokens(team.tokens, given)) return fail('notEnoughTokens');
  const need = remainingCost(state, project);
  const progress = zeroTokens();
  for (const t of TOKEN_TYPES) {
    const amount = given[t] ?? 0;
    if (amount === 0) continue;
    if (t === 'handen' && team.doubleHanden === initiative) {
      if (amount > Math.ceil(need.handen / 2)) return fail('notNeeded', { token: t });
      progress.handen = Math.min(need.handen, amount * 2);
    } else if (t === 'energie' && team.energieAsGeld === initiative) {
      const geldRoom = need.geld - (given.geld ?? 0);
      if (amount > need.energie + Math.max(0, geldRoom)) return fail('notNeeded', { token: t });
      progress.energie = Math.min(amount, need.energie);
      progress.geld += amount - progress.energie;
    } else {
      if (amount > need[t]) return fail('notNeeded', { token: t });
      progress[t] += amount;
    }
  }
  const completes = TOKEN_TYPES.every((t) => need[t] - progress[t] <= 0);
  if (completes) {
    const funders = new Set([...fundersOf(project), team.id]);
    if (funders.size < fundersNeeded(state, project)) return fail('needsCoFunders', { count: fundersNeeded(state, project) });
  }
  return progress;
}

export function fund(state: GameState, team: TeamState, initiative: string, given: TokenAmounts, progress: Tokens, events: GameEvent[]) {
  const project = findProject(state, initiative)!;
  addTokens(team.tokens, given, -1);
  addTokens(project.paid, progress);
  const amount = total(given);
  project.funders[team.id] = (project.funders[team.id] ?? 0) + amount;
  team.contributed += amount;
  events.push({ type: 'funded', team: team.id, initiative, tokens: given });
  const left = remainingCost(state, project);
  if (TOKEN_TYPES.every((t) => left[t] === 0)) realise(state, project, events);
}

/**
 * Lowers the remaining cost (principle 10, dilemma progress); may realise the initiative, except a big one
 * that still lacks its co-funders: that keeps one token open so another team can still join.
 */
export function addProgress(state: GameState, project: Project, amount: number, events: GameEvent[]) {
  const need = remainingCost(state, project);
  const lacksFunders = fundersOf(project).length < fundersNeeded(state, project) && initiativeCard(state, project.initiative).size === 'big';
  let left = lacksFunders ? Math.min(amount, total(need) - 1) : amount;
  while (left > 0) {
    const biggest = TOKEN_TYPES.reduce((a, b) => (need[b] > need[a] ? b : a));
    if (need[biggest] === 0) break;
    need[biggest]--;
    project.paid[biggest]++;
    left--;
  }
  if (TOKEN_TYPES.every((t) => need[t] === 0)) realise(state, project, events);
}

/** Takes progress away (a dilemma's setback). */
export function removeProgress(project: Project, amount: number) {
  let left = amount;
  while (left > 0) {
    const biggest = TOKEN_TYPES.reduce((a, b) => (project.paid[b] > project.paid[a] ? b : a));
    if (project.paid[biggest] === 0) break;
    project.paid[biggest]--;
    left--;
  }
}

/**
 * The teams besides the trekker that paid a real share of the initiative: at least coFunderShare.tokens, or
 * a coFunderShare.fraction of its cost when that is less. A single token spread over many initiatives is no
 * share (v1 paid a point for any token, a farm).
 */
export function realCoFunders(state: GameState, project: Project): string[] {
  const cost = total(initiativeCard(state, project.initiative).cost);
  const share = Math.min(TUNING.coFunderShare.tokens, Math.ceil(cost * TUNING.coFunderShare.fraction));
  return fundersOf(project).filter((id) => id !== project.trekker && project.funders[id]! >= share);
}

function realise(state: GameState, project: Project, events: GameEvent[]) {
  const card = initiativeCard(state, project.initiative);
  const funders = fundersOf(project);
  const domains = [...new Set([...card.domains, ...project.extraDomains])];
  const newDomains = domains.filter((d) => !state.domains.includes(d));
  const coFunders = realCoFunders(state, project).length;
  let cp = card.cp + TUNING.coFunderBonus * coFunders + TUNING.newDomainBonus * newDomains.length + project.bonusCP;
  if (project.overgenomen) cp = Math.floor(cp / 2);
  project.realised = true;
  project.realisedRound = state.round;
  project.cp = cp;
  state.cp += cp;
  state.domains.push(...newDomains);
  const trekker = findTeam(state, project.trekker);
  if (trekker) trekker.cp += cp;
  state.rounds.at(-1)?.realised.push(project.initiative);
  events.push({ type: 'realised', initiative: project.initiative, trekker: project.trekker, funders, cp, newDomains });
}

/** Overgenomen: the initiative gives half its community power (the price of giving away control). */
export function coopt(state: GameState, project: Project) {
  if (project.overgenomen) return;
  project.overgenomen = true;
  if (!project.realised) return;
  const loss = project.cp - Math.floor(project.cp / 2);
  project.cp -= loss;
  state.cp -= loss;
  const trekker = findTeam(state, project.trekker);
  if (trekker) trekker.cp -= loss;
}

/** What a team's realised initiatives yield at Ontmoeten. */
export function yieldsFor(state: GameState, team: TeamState): Tokens {
  const income = zeroTokens();
  for (const project of state.projects) {
    if (project.trekker !== team.id || !project.realised || project.pausedRound === state.round) continue;
    addTokens(income, initiativeCard(state, project.initiative).yield);
  }
  return income;
}
