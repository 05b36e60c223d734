// Phase transitions: what happens on entering each phase, and what follows what.
import { openDilemma, revealVotes } from './dilemmas.ts';
import { yieldsFor } from './initiatives.ts';
import { activeTeams, dilemmasOnly, scenarioOf, winTarget } from './lookup.ts';
import { dealPrinciples } from './piles.ts';
import { addTokens } from './tokens.ts';
import { TUNING } from './tuning.ts';
import type { GameEvent, GameState, TeamState } from './types.ts';

function resetReady(state: GameState) {
  for (const team of state.teams) team.ready = false;
}

/** Ontmoeten income: basic income, permanent extra income and yields; no Handen when uitgeput. */
function meet(state: GameState, team: TeamState, drew: number, events: GameEvent[]) {
  // Teams start the game with nothing: an empty Energie pile only counts as uitgeput from round 2 on.
  team.exhausted = (state.round > 1 && team.tokens.energie === 0) || team.exhaustNext;
  team.exhaustNext = false;
  const income = { ...TUNING.income };
  addTokens(income, team.income);
  if (team.exhausted) income.handen = 0;
  addTokens(income, yieldsFor(state, team));
  addTokens(team.tokens, income);
  events.push({ type: 'income', team: team.id, tokens: income, exhausted: team.exhausted, drew });
}

export function beginRound(state: GameState, events: GameEvent[]) {
  state.round++;
  state.phase = 'ontmoeten';
  state.dilemma = null;
  state.trades = [];
  state.celebrateBonus = 0;
  state.rounds.push({
    round: state.round, dilemma: null, targets: [], initiative: null, choices: [], realised: [], principles: [],
    harvest: [], dialogueBonus: null, cpStart: state.cp, cpEnd: state.cp, vertrouwenEnd: state.vertrouwen,
  });
  for (const team of state.teams) {
    Object.assign(team, { ready: false, claimedThisRound: false, principlesThisRound: 0, energieAsGeld: null, doubleHanden: null });
  }
  if (dilemmasOnly(state)) {
    // No board and no tokens: the round opens with its dilemma; principle cards are dealt to argue with.
    dealPrinciples(state, activeTeams(state), TUNING.drawPerRound);
    return enterGedoe(state, events);
  }
  while (state.market.length < TUNING.marketSize && state.initiativeDeck.length > 0) state.market.push(state.initiativeDeck.shift()!);
  const teams = activeTeams(state);
  const drew = dealPrinciples(state, teams, TUNING.drawPerRound);
  for (const team of teams) meet(state, team, drew.get(team.id)!, events);
  events.push({ type: 'phase', phase: 'ontmoeten', round: state.round });
}

function enterGedoe(state: GameState, events: GameEvent[]) {
  state.phase = 'gedoe';
  state.trades = [];
  resetReady(state);
  events.push({ type: 'phase', phase: 'gedoe', round: state.round });
  openDilemma(state, events);
}

/** Vieren & Leren: every initiative realised this round gives every team Energie. */
function enterVieren(state: GameState, events: GameEvent[]) {
  state.phase = 'vieren';
  resetReady(state);
  events.push({ type: 'phase', phase: 'vieren', round: state.round });
  const realised = state.projects.filter((p) => p.realisedRound === state.round).map((p) => p.initiative);
  if (realised.length === 0) return;
  const energiePerTeam = realised.length * (TUNING.celebrationEnergie + state.celebrateBonus);
  for (const team of activeTeams(state)) team.tokens.energie += energiePerTeam;
  events.push({ type: 'celebration', initiatives: realised, energiePerTeam });
}

export function endGame(state: GameState, endedEarly: boolean, events: GameEvent[]) {
  state.phase = 'ended';
  state.dilemma = state.dilemma?.revealed ? state.dilemma : null;
  const { domainsNeeded } = scenarioOf(state);
  const target = winTarget(state);
  state.result = {
    won: !endedEarly && state.cp >= target && state.domains.length >= domainsNeeded,
    cp: state.cp, target, domains: state.domains.length, domainsNeeded, endedEarly,
  };
  events.push({ type: 'phase', phase: 'ended', round: state.round });
  events.push({ type: 'gameOver', result: state.result });
}

/** The closing reflection: every team answers the two closing questions, then the game ends. */
function enterAfsluiten(state: GameState, events: GameEvent[]) {
  state.phase = 'afsluiten';
  resetReady(state);
  events.push({ type: 'phase', phase: 'afsluiten', round: state.round });
}

/** Moves the game on one step: the facilitator's "next", a timer running out, or every team being ready. */
export function advance(state: GameState, events: GameEvent[]) {
  switch (state.phase) {
    case 'ontmoeten':
      state.phase = 'doen';
      resetReady(state);
      events.push({ type: 'phase', phase: 'doen', round: state.round });
      return;
    case 'doen':
      return enterGedoe(state, events);
    case 'gedoe':
      if (state.dilemma && !state.dilemma.revealed) return revealVotes(state, events);
      return enterVieren(state, events);
    case 'vieren':
      return state.round < state.settings.rounds ? beginRound(state, events) : enterAfsluiten(state, events);
    case 'afsluiten':
      return endGame(state, false, events);
    default:
      return;
  }
}

/** How many phase changes one step can cause at most (a guard: settle() must always come to rest). */
const MAX_SETTLE_STEPS = 4;

/**
 * Run after every step: ends what is complete. All votes locked → reveal; every team ready → next phase.
 * So removing the last team that was not ready (or had not locked) moves the game on, as a ready would.
 */
export function settle(state: GameState, events: GameEvent[]) {
  for (let i = 0; i < MAX_SETTLE_STEPS; i++) {
    if (state.phase === 'lobby' || state.phase === 'ended' || state.paused) return;
    const d = state.dilemma;
    const voting = state.phase === 'gedoe' && d !== null && !d.revealed;
    // Runs after every step: a plain loop, no lists made.
    let active = 0;
    let waiting = false;
    for (const t of state.teams) {
      if (t.removed) continue;
      active++;
      if (voting ? !d.votes[t.id]?.locked : !t.ready) {
        waiting = true;
        break;
      }
    }
    if (active === 0 || waiting) return;
    if (voting) revealVotes(state, events);
    else advance(state, events);
  }
}
