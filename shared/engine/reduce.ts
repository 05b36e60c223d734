// The engine's one entry point: reduce(state, action) -> new state and events, or a rule error.
// Pure and deterministic: all randomness comes from the seeded generator kept in the state.
import type { Deck } from '../cards/schema.ts';
import { deckForScenario } from '../cards/for-scenario.ts';
import {
  ANSWER_TEXT_MAX, CLOSING_QUESTION_MAX, SHORT_TEXT_MAX, isTeamAction, type Action, type TeamAction,
} from '../protocol/actions.ts';
import { castVote, checkLock, checkPick, checkVote, lockVote, pickDilemma } from './dilemmas.ts';
import { checkPlacement, placeInitiative, planFunding, fund } from './initiatives.ts';
import { activeTeams, deckIndex, fail, findTeam, scenarioOf, targetFor, winTarget } from './lookup.ts';
import { addDilemma, checkAddDilemma, checkLeaveOut, deckAtStart, leaveOut } from './deckChoice.ts';
import { advance, beginRound, endGame, settle } from './phases.ts';
import { harvestLine, answerClosing, checkText } from './reflection.ts';
import { drawPrinciples } from './piles.ts';
import { applyPlay, checkPlay } from './principles.ts';
import { cleanName, sameName } from './names.ts';
import { expandSeed, shuffle, type Seed } from './rng.ts';
import { toTokens, zeroTokens } from './tokens.ts';
import { answer, cancel, checkAnswer, checkCancel, checkOffer, offer } from './trades.ts';
import { TUNING } from './tuning.ts';
import type { GameEvent, GameSettings, GameState, Result, RuleError, TeamState } from './types.ts';

/** Decks never change (an added case makes a new deck): each deck's form per scenario is made once, and so is its index. */
const scenarioDecks = new WeakMap<Deck, Map<string, Deck>>();

function scenarioDeck(fullDeck: Deck, scenario: string): Deck {
  let forDeck = scenarioDecks.get(fullDeck);
  if (!forDeck) scenarioDecks.set(fullDeck, (forDeck = new Map()));
  let deck = forDeck.get(scenario);
  if (!deck) forDeck.set(scenario, (deck = deckForScenario(fullDeck, scenario)));
  return deck;
}

export function createGame(fullDeck: Deck, settings: GameSettings, seed: Seed): Result<GameState> {
  if (!deckIndex(fullDeck).scenarios.has(settings.scenario)) return { ok: false, error: fail('unknownScenario') };
  // Only the cards that fit the scenario, in its wording (nothing changes for a deck already made for it).
  const deck = scenarioDeck(fullDeck, settings.scenario);
  if (!Number.isInteger(settings.rounds) || settings.rounds < TUNING.roundsMin || settings.rounds > TUNING.roundsMax) {
    return { ok: false, error: fail('roundsOutOfRange', { min: TUNING.roundsMin, max: TUNING.roundsMax }) };
  }
  const state: GameState = {
    deck, settings: { ...settings }, seed: expandSeed(seed), rng: 0, phase: 'lobby', round: 0, paused: false,
    teams: [], nextTeamNumber: 1, market: [], initiativeDeck: [], principleDeck: [], principleDiscard: [],
    dilemmaDeck: [], dilemmaDiscard: [], queuedDilemma: null, dilemma: null, projects: [],
    cp: 0, target: 0, vertrouwen: TUNING.trustStart, domains: [], celebrateBonus: 0, trades: [], nextTradeId: 1,
    rounds: [], closing: { questions: [null, null], answers: [] }, history: [], result: null,
  };
  state.initiativeDeck = shuffle(state, deck.initiatives.map((c) => c.id));
  state.principleDeck = shuffle(state, deck.principles.map((c) => c.number));
  state.dilemmaDeck = shuffle(state, deck.dilemmas.map((c) => c.id));
  return { ok: true, value: state };
}

const nameTaken = (state: GameState, name: string, except?: string) =>
  activeTeams(state).some((t) => t.id !== except && sameName(t.name, name));

/** The rules for one team's action, the team already found (legalActions checks many candidates of one team). */
export function checkTeamAction(state: GameState, team: TeamState, a: TeamAction): RuleError | null {
  if (state.phase === 'lobby') return fail('notStarted');
  if (state.phase === 'ended') return fail('gameOver');
  if (state.paused) return fail('paused');
  const inDoen = state.phase === 'doen' ? null : fail('wrongPhase');
  switch (a.type) {
    case 'claim':
      if (inDoen) return inDoen;
      if (team.claimedThisRound) return fail('alreadyClaimed');
      return checkPlacement(state, a.initiative, a.location);
    case 'fund': {
      if (inDoen) return inDoen;
      const plan = planFunding(state, team, a.initiative, a.tokens);
      return 'code' in plan ? plan : null;
    }
    case 'play':
      return checkPlay(state, team, a);
    case 'offerTrade':
      return inDoen ?? checkOffer(state, team, a);
    case 'answerTrade':
      return inDoen ?? checkAnswer(state, team, a);
    case 'cancelTrade':
      return inDoen ?? checkCancel(state, team, a.offer);
    case 'vote':
      return checkVote(state, team, a);
    case 'lockVote':
      return checkLock(state, team);
    case 'harvest':
      return state.phase === 'vieren' ? checkText(a.text, SHORT_TEXT_MAX) : fail('wrongPhase');
    case 'closingAnswer':
      return state.phase === 'afsluiten' ? checkText(a.text, ANSWER_TEXT_MAX) : fail('wrongPhase');
    case 'ready':
      if (state.phase === 'gedoe' && state.dilemma && !state.dilemma.revealed) return fail('waitForVotes');
      return null;
  }
}

/** Why the rules refuse this action now, or null when it is allowed. */
export function check(state: GameState, a: Action): RuleError | null {
  if (isTeamAction(a)) {
    const team = findTeam(state, a.team);
    if (!team) return fail('unknownTeam');
    if (team.removed) return fail('teamRemoved');
    return checkTeamAction(state, team, a);
  }
  const notOver = state.phase === 'ended' ? fail('gameOver') : null;
  const running = state.phase === 'lobby' ? fail('notStarted') : notOver;
  switch (a.type) {
    case 'addTeam':
      if (notOver) return notOver;
      if (activeTeams(state).length >= TUNING.maxTeams) return fail('tooManyTeams', { max: TUNING.maxTeams });
      if (!cleanName(a.name)) return fail('nameEmpty');
      return nameTaken(state, a.name) ? fail('nameTaken') : null;
    case 'renameTeam': {
      const team = findTeam(state, a.team);
      if (!team || team.removed) return fail('unknownTeam');
      if (!cleanName(a.name)) return fail('nameEmpty');
      return nameTaken(state, a.name, a.team) ? fail('nameTaken') : null;
    }
    case 'removeTeam': {
      const team = findTeam(state, a.team);
      return !team || team.removed ? fail('unknownTeam') : notOver;
    }
    case 'setBot': {
      const team = findTeam(state, a.team);
      if (!team) return fail('unknownTeam');
      if (team.removed && activeTeams(state).length >= TUNING.maxTeams) return fail('tooManyTeams', { max: TUNING.maxTeams });
      return notOver;
    }
    case 'start':
      if (state.phase !== 'lobby') return fail('alreadyStarted');
      return activeTeams(state).length > 0 ? null : fail('noTeams');
    case 'next':
    case 'timeUp':
      return running;
    case 'pickDilemma':
      return checkPick(state, a.dilemma);
    case 'addDilemma':
      return checkAddDilemma(state, a);
    case 'leaveOut':
      return checkLeaveOut(state, a);
    case 'dialogueBonus': {
      if (state.phase !== 'vieren') return fail('wrongPhase');
      const team = findTeam(state, a.team);
      if (!team || team.removed) return fail('unknownTeam');
      return state.rounds.at(-1)?.dialogueBonus ? fail('bonusGiven') : null;
    }
    case 'setClosingQuestions':
      return notOver ?? a.questions.map((q) => checkText(q ?? '', CLOSING_QUESTION_MAX)).find((e) => e) ?? null;
    case 'pause':
      return running ?? (state.paused ? fail('alreadyPaused') : null);
    case 'resume':
      return state.paused ? null : fail('notPaused');
    case 'undo':
      // Undo stays within the game: the lobby (teams joining, the start) is not undone.
      return state.phase !== 'lobby' && state.history.at(-1)?.type !== 'start' ? null : fail('nothingToUndo');
    case 'end':
      return notOver;
  }
}

function applyTeamAction(state: GameState, team: TeamState, a: TeamAction, events: GameEvent[]) {
  switch (a.type) {
    case 'claim':
      team.claimedThisRound = true;
      return placeInitiative(state, team, a.initiative, a.location, events);
    case 'fund':
      return fund(state, team, a.initiative, a.tokens, planFunding(state, team, a.initiative, a.tokens) as ReturnType<typeof zeroTokens>, events);
    case 'play':
      return applyPlay(state, team, a, events);
    case 'offerTrade':
      return offer(state, team, a, events);
    case 'answerTrade':
      return answer(state, team, a, events);
    case 'cancelTrade':
      return cancel(state, a.offer, events);
    case 'vote':
      return castVote(state, team, a, events);
    case 'lockVote':
      return lockVote(state, team, events);
    case 'harvest':
      return harvestLine(state, team, a.text, events);
    case 'closingAnswer':
      return answerClosing(state, team, a.question, a.text, events);
    case 'ready':
      team.ready = a.ready;
      return;
  }
}

function newTeam(state: GameState, a: Extract<Action, { type: 'addTeam' }>): TeamState {
  return {
    id: `t${state.nextTeamNumber++}`, name: cleanName(a.name), colour: a.colour, icon: a.icon, bot: a.bot ?? null, removed: false,
    tokens: zeroTokens(), hand: [], exhausted: false, exhaustNext: false, income: zeroTokens(), ready: false,
    claimedThisRound: false, principlesThisRound: 0, energieAsGeld: null, doubleHanden: null, peek: [], cp: 0, contributed: 0,
  };
}

function applyAction(state: GameState, a: Action, events: GameEvent[]) {
  if (isTeamAction(a)) return applyTeamAction(state, findTeam(state, a.team)!, a, events);
  switch (a.type) {
    case 'addTeam': {
      const team = newTeam(state, a);
      state.teams.push(team);
      if (state.phase !== 'lobby') state.target = Math.max(state.target, targetFor(scenarioOf(state), activeTeams(state).length, state.settings.rounds));
      if (state.round > 0) {
        team.tokens = toTokens(TUNING.income);
        drawPrinciples(state, team, TUNING.drawPerRound);
      }
      return events.push({ type: 'teamAdded', team: team.id });
    }
    case 'renameTeam':
      findTeam(state, a.team)!.name = cleanName(a.name);
      return;
    case 'removeTeam': {
      const team = findTeam(state, a.team)!;
      team.removed = true;
      team.ready = false;
      state.principleDiscard.push(...team.hand);
      team.hand = [];
      state.trades = state.trades.filter((t) => t.from !== team.id && t.to !== team.id);
      return;
    }
    case 'setBot': {
      const team = findTeam(state, a.team)!;
      team.bot = a.bot;
      if (team.removed) {
        team.removed = false;
        if (state.round > 0) drawPrinciples(state, team, TUNING.drawPerRound);
      }
      return;
    }
    case 'start':
      state.target = winTarget(state);
      return beginRound(state, events);
    case 'next':
    case 'timeUp':
      return advance(state, events);
    case 'pickDilemma':
      return pickDilemma(state, a.dilemma, events);
    case 'addDilemma':
      return addDilemma(state, a.card, events);
    case 'leaveOut':
      return leaveOut(state, a);
    case 'dialogueBonus':
      // Trust for the neighbourhood and Energie for the team; no CP (v1's +1 CP a round swung the win rate).
      state.vertrouwen = Math.min(TUNING.trustMax, state.vertrouwen + 1);
      findTeam(state, a.team)!.tokens.energie++;
      state.rounds.at(-1)!.dialogueBonus = a.team;
      return events.push({ type: 'dialogueBonus', team: a.team });
    case 'setClosingQuestions':
      state.closing.questions = [a.questions[0], a.questions[1]];
      return;
    case 'pause':
    case 'resume':
      state.paused = a.type === 'pause';
      return events.push({ type: 'paused', paused: state.paused });
    case 'end':
      return endGame(state, true, events);
    case 'undo':
      return;
  }
}

/** A deep copy of everything an action can change; the deck is shared, it never changes. */
export function cloneState(s: GameState): GameState {
  return {
    ...s,
    settings: { ...s.settings },
    teams: s.teams.map((t) => ({ ...t, tokens: { ...t.tokens }, hand: [...t.hand], income: { ...t.income }, peek: [...t.peek] })),
    market: [...s.market], initiativeDeck: [...s.initiativeDeck], principleDeck: [...s.principleDeck],
    principleDiscard: [...s.principleDiscard], dilemmaDeck: [...s.dilemmaDeck], dilemmaDiscard: [...s.dilemmaDiscard],
    dilemma: s.dilemma && { ...s.dilemma, targets: [...s.dilemma.targets], votes: { ...s.dilemma.votes }, choices: [...s.dilemma.choices] },
    projects: s.projects.map((p) => ({ ...p, paid: { ...p.paid }, funders: { ...p.funders }, extraDomains: [...p.extraDomains] })),
    domains: [...s.domains], trades: s.trades.map((t) => ({ ...t })),
    rounds: s.rounds.map((r) => ({ ...r, targets: [...r.targets], choices: [...r.choices], realised: [...r.realised], principles: [...r.principles], harvest: [...r.harvest] })),
    closing: { questions: [s.closing.questions[0], s.closing.questions[1]], answers: [...s.closing.answers] },
    history: [...s.history],
    result: s.result && { ...s.result },
  };
}

/**
 * Applies an action to the state in place (for bots and the simulation, which own their state).
 * Leaves the state untouched and returns the error when the rules refuse it.
 */
export function step(state: GameState, a: Action, events: GameEvent[] = []): RuleError | null {
  const error = check(state, a);
  if (error) return error;
  if (a.type === 'undo') {
    const rebuilt = rebuild(deckAtStart(state), state.settings, state.seed, state.history.slice(0, -1));
    events.push({ type: 'undone', action: state.history.at(-1)!.type });
    Object.assign(state, rebuilt);
    return null;
  }
  applyAction(state, a, events);
  settle(state, events);
  state.history.push(a);
  const record = state.rounds.at(-1);
  if (record) Object.assign(record, { cpEnd: state.cp, vertrouwenEnd: state.vertrouwen });
  return null;
}

export function reduce(state: GameState, a: Action): Result<{ state: GameState; events: GameEvent[] }> {
  const error = check(state, a);
  if (error) return { ok: false, error };
  const next = cloneState(state);
  const events: GameEvent[] = [];
  step(next, a, events);
  return { ok: true, value: { state: next, events } };
}

function rebuild(deck: Deck, settings: GameSettings, seed: Seed, history: Action[]): GameState {
  const created = createGame(deck, settings, seed);
  if (!created.ok) throw new Error(`cannot rebuild game: ${created.error.code}`);
  for (const a of history) step(created.value, a);
  return created.value;
}

/**
 * Rebuilds a game from its seed, settings and full action log (undo entries included): restore after a
 * crash, the debrief timeline. An action the rules refuse is reported with its position, not skipped silently.
 */
export function replay(deck: Deck, settings: GameSettings, seed: Seed, log: Action[]): Result<GameState, RuleError & { index: number }> {
  const created = createGame(deck, settings, seed);
  if (!created.ok) return { ok: false, error: { ...created.error, index: -1 } };
  const state = created.value;
  for (let i = 0; i < log.length; i++) {
    const error = step(state, log[i]!);
    if (error) return { ok: false, error: { ...error, index: i } };
  }
  return { ok: true, value: state };
}
