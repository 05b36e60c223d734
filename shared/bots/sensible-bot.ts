// The sensible bot: scores every legal action with simple, human-like judgement and takes the best one.
// It plays its principle cards first (most help what follows), finishes what is nearest completion before
// claiming something new, co-funds big ones, keeps some Energie and votes for the option that does the
// neighbourhood most good.
import type { Dilemma, DilemmaEffect, DilemmaOption } from '../cards/schema.ts';
import type { TeamAction } from '../protocol/actions.ts';
import { TOKEN_TYPES, type Tokens } from '../vocabulary.ts';
import { fundersNeeded, fundersOf, remainingCost } from '../engine/initiatives.ts';
import { candidateActions, candidateOffers } from '../engine/legal.ts';
import { check, checkTeamAction } from '../engine/reduce.ts';
import { activeTeams, dilemmaCard, findProject, findTeam, initiativeCard } from '../engine/lookup.ts';
import { decides } from '../engine/dilemmas.ts';
import { effectOf } from '../engine/principles.ts';
import { voteEffects } from '../engine/votes.ts';
import { random } from '../engine/rng.ts';
import { total, zeroTokens } from '../engine/tokens.ts';
import type { GameState, TeamState } from '../engine/types.ts';
import { TUNING } from '../engine/tuning.ts';
import type { Bot } from './types.ts';

const READY = 0.5;
/** Principle cards are played before anything else in Doen: most help the funding and claiming that follow. */
const PLAY_FIRST = 100;
/** Funding comes before claiming (claims score up to about 12). */
const FUND_FIRST = 50;

/** What the initiatives this team leads or has funded still need, per token type. */
function needsOf(state: GameState, team: TeamState): Tokens {
  const need = zeroTokens();
  for (const p of state.projects) {
    if (p.realised || (p.trekker !== team.id && !(p.funders[team.id]! > 0))) continue;
    const left = remainingCost(state, p);
    for (const t of TOKEN_TYPES) need[t] += left[t];
  }
  return need;
}

/** What the bot weighs a dilemma effect with: the team's situation, in tokens. */
interface Worth {
  /** Doen phases still to come: tokens and Vertrouwen won after the last one buy nothing. */
  roundsLeft: number;
  need: Tokens;
  team: TeamState;
  /** Teams whose votes move Vertrouwen in this dilemma: their moves share one capped swing. */
  deciders: number;
  /** Active teams (an all-teams effect reaches each of them). */
  teams: number;
}

const CP_WORTH = 2.5;
/**
 * Geld has no income and the medium and big initiatives need it (big ones 4-7): a Geld is worth about three
 * tokens of another kind (measured: valued as one, the bot gave up the Geld a dilemma offered and won 3 points less).
 */
const GELD_WORTH = 3;
/** A token of progress is already where it counts, on an initiative: worth two loose ones (measured, as above). */
const PROGRESS_WORTH = 2;

function tokenWorth(w: Worth, delta: Partial<Tokens>): number {
  if (w.roundsLeft === 0) return 0;
  let value = 0;
  for (const t of TOKEN_TYPES) {
    const n = delta[t] ?? 0;
    // A token the team's initiatives still need is worth a whole one; a spare one (or one it lacks) a little less.
    value += n * (w.need[t] > w.team.tokens[t] || n < 0 ? 1 : 0.6) * (t === 'geld' ? GELD_WORTH : 1);
  }
  return value;
}

/** Vertrouwen matters near its thresholds: at 8 a big initiative needs one funding team less, at 2 positiespel costs more. */
function trustWorth(state: GameState, w: Worth, delta: number): number {
  if (w.roundsLeft === 0) return 0;
  const share = Math.min(1, TUNING.trustSwingPerDilemma / Math.max(1, w.deciders));
  const from = state.vertrouwen;
  const to = Math.max(0, Math.min(TUNING.trustMax, from + delta));
  const crosses = (line: number) => (from < line) !== (to < line);
  let value = delta * 1.2;
  if (crosses(TUNING.trustHigh)) value += Math.sign(delta) * 2.5;
  if (crosses(TUNING.trustLow + 1)) value += Math.sign(delta) * 2;
  return value * share;
}

function effectValue(state: GameState, w: Worth, e: DilemmaEffect): number {
  switch (e.type) {
    case 'tokens': return tokenWorth(w, e.delta);
    case 'allTeams': return tokenWorth(w, e.delta) * (1 + (w.teams - 1) * 0.6);
    case 'income': return total(e.delta) * w.roundsLeft;
    case 'vertrouwen': return trustWorth(state, w, e.delta);
    case 'cp': return e.delta * CP_WORTH;
    case 'exhaust': return w.roundsLeft > 0 ? -2 : 0;
    case 'discard': return w.roundsLeft > 0 ? -1.2 * e.count : 0;
    case 'draw': return w.roundsLeft > 0 ? e.count : 0;
    case 'progress': return e.delta * PROGRESS_WORTH;
    case 'pause': return w.roundsLeft > 0 ? -2 : 0;
    case 'coopt': return -4;
  }
}

/**
 * What voting for this option is worth to the team, with the card it would argue (the engine's own
 * voteEffects). The small print is not known before the reveal: it counts half, as a guess.
 */
function voteValue(state: GameState, team: TeamState, card: Dilemma, option: DilemmaOption, principle: number | undefined, ctx: Context): number {
  const outcome = voteEffects(state, team, card, option, principle ?? null);
  const w = ctx.worth!;
  let value = outcome.effects.reduce((sum, e) => sum + effectValue(state, w, e) * (option.hidden.includes(e) ? 0.5 : 1), 0);
  value -= tokenWorth(ctx.paying!, outcome.cost);
  value += outcome.extraTrust * 0.6;
  // A card spent with a vote is a card not played in Doen.
  if (principle !== undefined) value -= 0.5;
  return value;
}

/** What claiming this initiative is worth: the same on every location, so worked out once per decision. */
function claimValue(state: GameState, team: TeamState, initiative: string, ctx: Context): number {
  let value = ctx.claims.get(initiative);
  if (value === undefined) ctx.claims.set(initiative, (value = claimWorth(state, team, initiative)));
  return value;
}

function claimWorth(state: GameState, team: TeamState, initiative: string): number {
  const card = initiativeCard(state, initiative);
  const led = state.projects.filter((p) => p.trekker === team.id && !p.realised);
  if (led.length >= 2) return -1;
  const roundsLeft = state.settings.rounds - state.round;
  if (card.size === 'big' && (activeTeams(state).length < 2 || roundsLeft < 1 || led.some((p) => initiativeCard(state, p.initiative).size === 'big'))) return -1;
  if (card.size === 'medium' && roundsLeft < 1 && led.length > 0) return -1;
  const newDomains = card.domains.filter((d) => !state.domains.includes(d)).length;
  return 4 + ((card.cp + 2 * newDomains) / total(card.cost)) * 4 - led.length * 2;
}

/**
 * Funding goes to what is nearest completion first: a finished initiative yields, counts its domains and
 * frees the team's tokens for the next one. It comes before claiming something new.
 */
function fundValue(state: GameState, team: TeamState, initiative: string, tokens: Partial<Tokens>): number {
  const project = findProject(state, initiative)!;
  const type = TOKEN_TYPES.find((t) => (tokens[t] ?? 0) > 0)!;
  if (type === 'energie' && team.tokens.energie <= 1) return -1;
  const left = total(remainingCost(state, project));
  const funders = fundersOf(project);
  const neededAsFunder = !funders.includes(team.id) && funders.length < fundersNeeded(state, project);
  return FUND_FIRST - left + (neededAsFunder ? 1 : 0);
}

/**
 * +1 Vertrouwen in Doen matters at a threshold; elsewhere the card is played last, after the cards that help the
 * funding (played before them it took one of the round's two plays, and the deck won more without it).
 */
const trustPlayValue = (state: GameState) => (state.vertrouwen + 1 === TUNING.trustHigh || state.vertrouwen === TUNING.trustLow ? 3 : 0.2);

function playValue(state: GameState, team: TeamState, a: Extract<TeamAction, { type: 'play' }>, ctx: Context): number {
  const need = ctx.need;
  const roundsLeft = state.settings.rounds - state.round;
  const project = findProject(state, a.initiative);
  switch (effectOf(state, a.principle)) {
    case 'geld-als-energie': return claimValue(state, team, a.initiative!, ctx) - 0.5;
    case 'trekker-handen-dubbel': return project && remainingCost(state, project).handen >= 2 && team.tokens.handen > 0 ? 4 : 0;
    case 'moeite-waard': return team.exhausted ? 5 : 3;
    case 'vier-successen': return state.projects.some((p) => !p.realised && total(remainingCost(state, p)) <= 3) ? 3.5 : 1;
    case 'alle-talenten': return project && !state.domains.includes('inclusie') ? 5 : a.initiative ? 2 : 3;
    // Paid continuity costs Geld now for one Handen a round: worth it only with enough rounds left to earn it back,
    // and not with Geld the team's own initiatives still need (Geld has no income; Handen do).
    case 'betaalde-kracht': {
      const geldPrice = Math.min(team.tokens.geld, TUNING.principle.betaaldeKrachtPrice);
      return roundsLeft >= 3 && team.tokens.geld - geldPrice >= need.geld ? 4 : -1;
    }
    case 'dialoog': return trustPlayValue(state);
    // Freeing a paused or taken-over initiative is worth a play; the bare +1 Vertrouwen only as card 8's.
    case 'cooperatie-verbinder': return a.initiative ? 5 : trustPlayValue(state);
    case 'leren': return a.choice === 'discard' ? 2 : 0.2;
    case 'verbindend-weefsel': {
      const take = TOKEN_TYPES.find((t) => (a.take?.[t] ?? 0) > 0)!;
      const give = TOKEN_TYPES.find((t) => (a.give?.[t] ?? 0) > 0)!;
      return need[take] > team.tokens[take] && need[give] < team.tokens[give] ? 2.5 : 0.3;
    }
    case 'buurttop': {
      if (!project) return 0;
      const left = total(remainingCost(state, project));
      // A summit is worth calling when the teams' tokens can nearly finish the initiative; otherwise the card waits
      // (it takes a token from every team for an initiative they may not need yet).
      return left <= Math.ceil(activeTeams(state).length / 2) + 1 ? 4 + (initiativeCard(state, project.initiative).size === 'big' ? 2 : 0) : -1;
    }
    case 'meervoudig-verdienmodel': return a.tokenType === 'geld' ? 2 + state.projects.filter((p) => p.trekker === team.id).length : 0;
    default: return 4;
  }
}

function tradeValue(state: GameState, team: TeamState, a: TeamAction, need: Tokens): number {
  const surplus = (t: keyof Tokens) => team.tokens[t] - need[t];
  if (a.type === 'offerTrade') {
    const give = TOKEN_TYPES.find((t) => (a.give[t] ?? 0) > 0)!;
    const want = TOKEN_TYPES.find((t) => (a.want[t] ?? 0) > 0)!;
    const other = findTeam(state, a.to)!;
    return surplus(give) >= 2 && surplus(want) < 0 && other.tokens[want] >= 2 ? 1.5 : -1;
  }
  if (a.type === 'answerTrade') {
    const trade = state.trades.find((t) => t.id === a.offer)!;
    const fair = TOKEN_TYPES.every((t) => trade.want[t] === 0 || surplus(t) >= trade.want[t]);
    return a.accept ? (fair ? 3 : -1) : 0.8;
  }
  return -1;
}

/** What the bot knows before it weighs its options: computed once per decision. */
interface Context {
  need: Tokens;
  hasOpenOffer: boolean;
  /** claimValue per initiative, filled as the claims are weighed. */
  claims: Map<string, number>;
  /** In a vote: the dilemma and whether this team's vote decides. */
  dilemma: Dilemma | null;
  decides: boolean;
  /** In a vote: the team's situation the effects are weighed by, and the same for what it pays (always worth something). */
  worth: Worth | null;
  paying: Worth | null;
}

function score(state: GameState, team: TeamState, a: TeamAction, ctx: Context): number {
  switch (a.type) {
    case 'ready': return a.ready ? READY : -1;
    case 'claim': return team.tokens.energie + team.tokens.handen > 0 ? claimValue(state, team, a.initiative, ctx) : -1;
    case 'fund': return fundValue(state, team, a.initiative, a.tokens);
    case 'play': {
      // A card that would do harm now waits (it is not played first).
      const value = playValue(state, team, a, ctx);
      return value < 0 ? value : PLAY_FIRST + value;
    }
    case 'vote': {
      const card = ctx.dilemma!;
      const option = card.options.find((o) => o.id === a.option)!;
      // Advice (another team decides): the bot advises what it would choose, and keeps its cards.
      if (!ctx.decides) return a.principle === undefined ? 10 + voteValue(state, team, card, option, undefined, ctx) : -1;
      return 10 + voteValue(state, team, card, option, a.principle, ctx);
    }
    case 'offerTrade': return ctx.hasOpenOffer ? -1 : tradeValue(state, team, a, ctx.need);
    default: return tradeValue(state, team, a, ctx.need);
  }
}

/**
 * A team puts all it can spare on the initiative it chose, in one go, rather than token by token: the
 * chosen token type and every other type the initiative still needs, keeping one Energie back. The wider
 * contribution is only used when the engine allows it.
 */
function widenFunding(state: GameState, team: TeamState, a: Extract<TeamAction, { type: 'fund' }>): TeamAction {
  const need = remainingCost(state, findProject(state, a.initiative)!);
  const tokens: Partial<Tokens> = {};
  for (const t of TOKEN_TYPES) {
    const spare = team.tokens[t] - (t === 'energie' ? 1 : 0);
    const amount = Math.min(spare, need[t]);
    if (amount > 0) tokens[t] = amount;
  }
  const wide = { ...a, tokens };
  return total(tokens) > total(a.tokens) && check(state, wide) === null ? wide : a;
}

const nothingToWeigh = (state: GameState) =>
  state.phase === 'ontmoeten' || state.phase === 'vieren' || state.phase === 'afsluiten' || (state.phase === 'gedoe' && state.dilemma?.revealed !== false);

/**
 * How a strategy bends the sensible bot's judgement: `adjust` rescores one action (null leaves it out), `widen`
 * puts all it can spare into one funding step, `proposeTrades` lets it offer trades when stuck.
 */
export interface Style {
  adjust?: (state: GameState, team: TeamState, a: TeamAction, sensible: number) => number | null;
  widen?: boolean;
  proposeTrades?: boolean;
}

/** A bot that weighs every legal action the sensible way, bent by a style. */
export function scoredBot({ adjust, widen = true, proposeTrades = true }: Style = {}): Bot {
  return (state, teamId, rng) => {
    const team = findTeam(state, teamId);
    if (!team) return null;
    // A vote once chosen is locked at once: a bot has nobody to talk it over with.
    const vote = state.phase === 'gedoe' && state.dilemma && !state.dilemma.revealed ? state.dilemma.votes[teamId] : undefined;
    if (vote) return vote.locked ? null : { type: 'lockVote', team: teamId };
    // Moments with nothing to weigh (a bot writes no harvest line or closing answer): it is ready at once.
    if (nothingToWeigh(state)) return team.ready ? null : { type: 'ready', team: teamId, ready: true };
    const need = needsOf(state, team);
    const dilemma = state.phase === 'gedoe' && state.dilemma ? dilemmaCard(state, state.dilemma.card) : null;
    const ctx: Context = {
      need, hasOpenOffer: state.trades.some((t) => t.from === teamId), claims: new Map(), dilemma, decides: dilemma !== null && decides(state, teamId),
      worth: null, paying: null,
    };
    if (dilemma) {
      const teams = activeTeams(state).length;
      const roundsLeft = state.settings.rounds - state.round;
      ctx.worth = { roundsLeft, need, team, deciders: dilemma.target.kind === 'all' ? teams : 1, teams };
      ctx.paying = { ...ctx.worth, roundsLeft: Math.max(1, roundsLeft) };
    }
    // The best action; equally good ones are chosen between at random (each of k ties kept with chance 1/k).
    const pick: { action: TeamAction | null; score: number; ties: number } = { action: null, score: -Infinity, ties: 0 };
    // Candidates straight from the engine, weighed first: the rules are asked only about one that could be
    // picked (one scoring below the best so far changes nothing, legal or not), so the pick is the same as
    // from the legal actions, for a fraction of the checks.
    const consider = (actions: TeamAction[]) => {
      for (const a of actions) {
        const base = score(state, team, a, ctx);
        const s = adjust ? adjust(state, team, a, base) : base;
        if (s === null || s < pick.score) continue;
        if (checkTeamAction(state, team, a) !== null) continue;
        if (s > pick.score) {
          pick.action = a;
          pick.score = s;
          pick.ties = 1;
        }
        else if (s === pick.score && random(rng) * ++pick.ties < 1) pick.action = a;
      }
    };
    consider(candidateActions(state, teamId, { offers: false }));
    // Like a team at the table, it proposes a trade when it is stuck: nothing better to do, something lacking,
    // and a surplus to pay with.
    const stuck = pick.action === null || pick.action.type === 'ready';
    if (proposeTrades && stuck && !ctx.hasOpenOffer && TOKEN_TYPES.some((t) => need[t] > team.tokens[t]) && TOKEN_TYPES.some((t) => team.tokens[t] - need[t] >= 2)) {
      consider(candidateOffers(state, teamId));
    }
    const best = pick.action;
    if (pick.score <= 0 || !best) return null;
    return widen && best.type === 'fund' ? widenFunding(state, team, best) : best;
  };
}

export const sensibleBot: Bot = scoredBot();
