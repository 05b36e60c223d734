// The Gedoe phase: drawing a dilemma, choosing who answers it, hidden votes, and resolving them.
import type { Dilemma, DilemmaEffect } from '../cards/schema.ts';
import { SHORT_TEXT_MAX, type TeamAction } from '../protocol/actions.ts';
import { addProgress, coopt, removeProgress } from './initiatives.ts';
import { activeTeams, dilemmaCard, dilemmasOnly, fail, findProject, initiativeCard } from './lookup.ts';
import { drawPrinciples } from './piles.ts';
import { discardPlayed } from './principles.ts';
import { randomInt, shuffle } from './rng.ts';
import { addTokens, hasTokens, total } from './tokens.ts';
import { checkWithVote, voteEffects } from './votes.ts';
import { TUNING } from './tuning.ts';
import type { DilemmaChoice, GameEvent, GameState, Project, RuleError, TeamState } from './types.ts';

type VoteAction = Extract<TeamAction, { type: 'vote' }>;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function pickBy<T>(items: T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}

/** Which teams must answer this card, and about which initiative; null when the card has no target now. */
export function resolveTargets(state: GameState, card: Dilemma): { targets: string[]; initiative: string | null } | null {
  const teams = activeTeams(state);
  if (teams.length === 0) return null;
  const target = card.target;
  // Without a board every card is every team's own question.
  if (target.kind === 'all' || dilemmasOnly(state)) return { targets: teams.map((t) => t.id), initiative: null };
  if (target.kind === 'team') {
    const projectsLed = (t: TeamState) => state.projects.filter((p) => p.trekker === t.id).length;
    const score: Record<typeof target.rule, (t: TeamState) => number> = {
      'most-cp': (t) => t.cp,
      'most-tokens': (t) => total(t.tokens),
      'fewest-tokens': (t) => -total(t.tokens),
      'most-initiatives': projectsLed,
      'lowest-energie': (t) => -t.tokens.energie,
    };
    return { targets: [pickBy(teams, score[target.rule])!.id], initiative: null };
  }
  const led = state.projects.filter((p) => teams.some((t) => t.id === p.trekker));
  const open = led.filter((p) => !p.realised);
  const project =
    target.rule === 'most-progress' ? pickBy(open, (p) => total(p.paid))
    : target.rule === 'biggest' ? pickBy(open, (p) => total(initiativeCard(state, p.initiative).cost))
    : pickBy(led.filter((p) => p.realised), (p) => p.realisedRound ?? 0);
  return project ? { targets: [project.trekker], initiative: project.initiative } : null;
}

/** Opens the round's dilemma: the facilitator's pick if any, else the first card of the pile that has a target. */
export function openDilemma(state: GameState, events: GameEvent[]) {
  const queued = state.queuedDilemma;
  state.queuedDilemma = null;
  let chosen: string | null = null;
  let resolved: ReturnType<typeof resolveTargets> = null;
  if (queued && state.dilemmaDeck.includes(queued)) {
    resolved = resolveTargets(state, dilemmaCard(state, queued));
    if (resolved) chosen = queued;
  }
  if (!chosen) {
    if (state.dilemmaDeck.length === 0) {
      state.dilemmaDeck = shuffle(state, state.dilemmaDiscard);
      state.dilemmaDiscard = [];
    }
    for (const id of state.dilemmaDeck) {
      resolved = resolveTargets(state, dilemmaCard(state, id));
      if (resolved) {
        chosen = id;
        break;
      }
    }
  }
  if (!chosen || !resolved) {
    state.dilemma = null;
    return;
  }
  const index = state.dilemmaDeck.indexOf(chosen);
  // Cards skipped for lack of a target go to the bottom, in order.
  state.dilemmaDeck = [...state.dilemmaDeck.slice(index + 1), ...state.dilemmaDeck.slice(0, index)];
  for (const team of state.teams) team.peek = team.peek.filter((id) => id !== chosen);
  state.dilemma = { card: chosen, ...resolved, votes: {}, revealed: false, choices: [] };
  const record = state.rounds.at(-1);
  if (record) Object.assign(record, { dilemma: chosen, targets: resolved.targets, initiative: resolved.initiative });
  events.push({ type: 'dilemma', card: chosen, ...resolved });
}

/** Choose or change the team's vote: every active team votes on every dilemma, until it locks its vote. */
export function checkVote(state: GameState, team: TeamState, a: VoteAction): RuleError | null {
  const d = state.dilemma;
  if (state.phase !== 'gedoe' || !d) return fail('wrongPhase');
  if (d.revealed) return fail('votesRevealed');
  if (d.votes[team.id]?.locked) return fail('voteLocked');
  const card = dilemmaCard(state, d.card);
  const option = card.options.find((o) => o.id === a.option);
  if (!option) return fail('unknownOption');
  if ((a.reason ?? '').length > SHORT_TEXT_MAX) return fail('textTooLong', { max: SHORT_TEXT_MAX });
  if (a.principle !== undefined) {
    if (!team.hand.includes(a.principle)) return fail('cardNotInHand');
    const refused = checkWithVote(state, card, option, a.principle);
    if (refused) return refused;
  }
  // Only a deciding vote costs tokens; an adviser may vote for what it could not pay itself.
  if (!decides(state, team.id) || dilemmasOnly(state)) return null;
  return hasTokens(team.tokens, voteEffects(state, team, card, option, a.principle ?? null).cost) ? null : fail('notEnoughTokens');
}

export function castVote(state: GameState, team: TeamState, a: VoteAction, events: GameEvent[]) {
  state.dilemma!.votes[team.id] = { option: a.option, principle: a.principle ?? null, reason: a.reason?.trim() ?? '', locked: false };
  events.push({ type: 'voted', team: team.id });
}

export function checkLock(state: GameState, team: TeamState): RuleError | null {
  const d = state.dilemma;
  if (state.phase !== 'gedoe' || !d) return fail('wrongPhase');
  if (d.revealed) return fail('votesRevealed');
  const vote = d.votes[team.id];
  if (!vote) return fail('noVoteYet');
  return vote.locked ? fail('voteLocked') : null;
}

export function lockVote(state: GameState, team: TeamState, events: GameEvent[]) {
  const votes = state.dilemma!.votes;
  votes[team.id] = { ...votes[team.id]!, locked: true }; // a new object: copies of the state share the old one
  events.push({ type: 'voteLocked', team: team.id });
}

/** Whether this team's vote decides for itself (else it is advice to the targeted team). */
export function decides(state: GameState, teamId: string): boolean {
  const d = state.dilemma;
  if (!d) return false;
  return dilemmaCard(state, d.card).target.kind === 'all' || d.targets.includes(teamId);
}

/** The initiative an effect is about: the card's own, else the team's furthest unfinished one. */
function projectFor(state: GameState, team: TeamState, initiative: string | null): Project | undefined {
  if (initiative) return findProject(state, initiative);
  return state.projects
    .filter((p) => p.trekker === team.id && !p.realised)
    .sort((x, y) => total(y.paid) - total(x.paid))[0];
}

/** Applies one effect; returns its change to Vertrouwen, which the caller caps per dilemma. */
function applyEffect(state: GameState, team: TeamState, e: DilemmaEffect, initiative: string | null, events: GameEvent[]): number {
  switch (e.type) {
    case 'tokens': addTokens(team.tokens, e.delta); return 0;
    case 'allTeams': for (const t of activeTeams(state)) addTokens(t.tokens, e.delta); return 0;
    case 'income': addTokens(team.income, e.delta); return 0;
    case 'vertrouwen': return e.delta;
    case 'cp': {
      const change = Math.max(e.delta, -state.cp);
      state.cp += change;
      team.cp += change;
      return 0;
    }
    case 'exhaust': team.exhaustNext = true; return 0;
    case 'discard':
      for (let i = 0; i < e.count && team.hand.length > 0; i++) {
        const [card] = team.hand.splice(randomInt(state, team.hand.length), 1);
        state.principleDiscard.push(card!);
      }
      return 0;
    case 'draw': drawPrinciples(state, team, e.count); return 0;
    default: {
      const project = projectFor(state, team, initiative);
      if (!project) return 0;
      if (e.type === 'progress' && !project.realised) {
        if (e.delta > 0) addProgress(state, project, e.delta, events);
        else removeProgress(project, -e.delta);
      }
      if (e.type === 'pause') project.pausedRound = state.round + 1;
      if (e.type === 'coopt') coopt(state, project);
      return 0;
    }
  }
}

/**
 * Reveals every active team's vote (a vote not locked in time counts as it stands; no vote: the default option)
 * and applies the deciding ones: each team's own for an all-teams card, the targeted team's otherwise.
 */
export function revealVotes(state: GameState, events: GameEvent[]) {
  const d = state.dilemma;
  if (!d || d.revealed) return;
  const card = dilemmaCard(state, d.card);
  const choices: DilemmaChoice[] = [];
  let trustChange = 0;
  for (const team of activeTeams(state)) {
    const vote = d.votes[team.id];
    const advice = !decides(state, team.id);
    const choice: DilemmaChoice = vote
      ? { team: team.id, option: vote.option, principle: vote.principle, reason: vote.reason, defaulted: false, advice }
      : { team: team.id, option: card.default, principle: null, reason: '', defaulted: true, advice };
    choices.push(choice);
    if (advice) continue;
    // A card that left the hand since the vote (a discard effect) can no longer be argued.
    if (choice.principle !== null && !team.hand.includes(choice.principle)) choice.principle = null;
    const option = card.options.find((o) => o.id === choice.option)!;
    const outcome = voteEffects(state, team, card, option, choice.principle);
    if (choice.principle !== null) discardPlayed(state, team, choice.principle, events);
    // Without tokens and a board the vote and its reason are the whole point: no costs, no effects.
    if (dilemmasOnly(state)) continue;
    addTokens(team.tokens, outcome.cost, -1);
    if (card.kind === 'positiespel' && state.vertrouwen <= TUNING.trustLow) {
      if (team.tokens.geld > 0) team.tokens.geld--;
      else if (team.tokens.netwerk > 0) team.tokens.netwerk--;
    }
    state.vertrouwen = clamp(state.vertrouwen + outcome.extraTrust, 0, TUNING.trustMax);
    for (const e of outcome.effects) trustChange += applyEffect(state, team, e, d.initiative, events);
  }
  const swing = TUNING.trustSwingPerDilemma;
  state.vertrouwen = clamp(state.vertrouwen + clamp(trustChange, -swing, swing), 0, TUNING.trustMax);
  d.revealed = true;
  d.choices = choices;
  state.dilemmaDiscard.push(d.card);
  const record = state.rounds.at(-1);
  if (record) record.choices = choices;
  for (const team of state.teams) team.ready = false;
  events.push({ type: 'votesRevealed', card: d.card, choices });
}

export function checkPick(state: GameState, dilemma: string): RuleError | null {
  if (!state.dilemmaDeck.includes(dilemma)) return fail('dilemmaNotAvailable');
  if (state.phase === 'ended') return fail('gameOver');
  if (state.phase === 'gedoe' && state.dilemma) {
    if (state.dilemma.revealed || Object.keys(state.dilemma.votes).length > 0) return fail('votingStarted');
  }
  if (state.phase === 'gedoe' && !resolveTargets(state, dilemmaCard(state, dilemma))) return fail('dilemmaHasNoTarget');
  return null;
}

/** The facilitator's pick: replaces the open card while nobody has voted, else waits for the next Gedoe. */
export function pickDilemma(state: GameState, dilemma: string, events: GameEvent[]) {
  if (state.phase === 'gedoe') {
    if (state.dilemma) state.dilemmaDeck.push(state.dilemma.card);
    state.queuedDilemma = dilemma;
    openDilemma(state, events);
  } else {
    state.queuedDilemma = dilemma;
  }
}
