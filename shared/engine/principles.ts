// The 18 principle cards: one record per card effect with everything the rules say about it. A card is
// played in Doen (check, apply, candidates) or argued with a dilemma vote (withVote: which options it fits and
// how it strengthens the one voted for). The texts that say what a card does are in shared/i18n
// (principleDoen.*, principleVote.*), filled in with the numbers of TUNING by principleText().
import type { Dilemma, DilemmaEffect, DilemmaOption } from '../cards/schema.ts';
import { TOKEN_TYPES, type PrincipleEffect, type TokenType } from '../vocabulary.ts';
import type { TeamAction } from '../protocol/actions.ts';
import { ONE, oneForOne, placements, swaps } from './candidates.ts';
import { fail, type RuleError } from './errors.ts';
import { addProgress, checkPlacement, fundersOf, planFunding, fund, placeInitiative, remainingCost } from './initiatives.ts';
import { activeTeams, findProject, findTeam, initiativeCard, principleCard } from './lookup.ts';
import { addTokens, hasTokens, total, type TokenAmounts } from './tokens.ts';
import { TUNING } from './tuning.ts';
import type { GameEvent, GameState, Project, TeamState } from './types.ts';
import type { VoteOutcome } from './votes.ts';

export type Play = Extract<TeamAction, { type: 'play' }>;

const P = TUNING.principle;

export const effectOf = (state: GameState, principle: number): PrincipleEffect => principleCard(state, principle).effect;

/** What a "with a vote" effect knows: the game, the deciding team, the card and the option it voted for. */
export interface VoteContext {
  state: GameState;
  team: TeamState;
  card: Dilemma;
  option: DilemmaOption;
}

export interface WithVote {
  /**
   * Whether the card fits this option by its nature. An option may also name the card in strengthenedBy;
   * `only` cards fit nothing else (8 goes with talking, 10 with doing).
   */
  fits: (card: Dilemma, option: DilemmaOption) => boolean;
  only?: boolean;
  /** The option's outcome for the deciding team, strengthened. */
  apply: (outcome: VoteOutcome, ctx: VoteContext) => VoteOutcome;
}

export interface PrincipleRules {
  /** Why this play in Doen is refused (beyond hand, phase and the per-round limit), or null. */
  check: (state: GameState, team: TeamState, a: Play) => RuleError | null;
  apply: (state: GameState, team: TeamState, a: Play, events: GameEvent[]) => void;
  /** The concrete plays to offer (legalActions keeps those check allows). */
  candidates: (state: GameState, team: TeamState, base: Play) => Play[];
  withVote: WithVote;
}

// ── helpers ─────────────────────────────────────────────────────────────

/** Teams other than this one that have funded one of its initiatives (principle 6). */
function supportersOf(state: GameState, team: TeamState): number {
  const supporters = new Set<string>();
  for (const p of state.projects) if (p.trekker === team.id) for (const f of fundersOf(p)) if (f !== team.id) supporters.add(f);
  return supporters.size;
}

function openProject(state: GameState, id: string | undefined): Project | RuleError {
  const project = findProject(state, id);
  if (!project) return fail('unknownInitiative');
  if (project.realised) return fail('alreadyRealised');
  return project;
}

const hasFunded = (team: TeamState, project: { trekker: string; funders: Record<string, number> }) =>
  project.trekker === team.id || (project.funders[team.id] ?? 0) > 0;

/** Value domains of the initiatives this team led to realisation. */
function realisedDomains(state: GameState, team: TeamState): Set<string> {
  // Checked for every candidate play of card 18: no intermediate lists.
  const domains = new Set<string>();
  for (const p of state.projects) {
    if (!p.realised || p.trekker !== team.id) continue;
    for (const d of initiativeCard(state, p.initiative).domains) domains.add(d);
    for (const d of p.extraDomains) domains.add(d);
  }
  return domains;
}

const openPlays = (state: GameState, base: Play): Play[] => state.projects.filter((p) => !p.realised).map((p) => ({ ...base, initiative: p.initiative }));

/** Principle 9's price: Geld first, Netwerk for the rest. */
function betaaldeKrachtPrice(team: TeamState): TokenAmounts | null {
  const geld = Math.min(team.tokens.geld, P.betaaldeKrachtPrice);
  const netwerk = P.betaaldeKrachtPrice - geld;
  return team.tokens.netwerk >= netwerk ? { geld, netwerk } : null;
}

const gain = (outcome: VoteOutcome, delta: TokenAmounts): VoteOutcome => ({ ...outcome, effects: [...outcome.effects, { type: 'tokens', delta }] });
const never = () => false;
const notInDoen = (): RuleError => fail('playWithVote');
const nothing = () => undefined;
const noPlays = (): Play[] => [];
const single = (_s: GameState, _t: TeamState, base: Play): Play[] => [base];
const allowed = () => null;
/** An effect that costs the team or the neighbourhood something. */
export const isNegative = (e: DilemmaEffect): boolean => {
  switch (e.type) {
    case 'tokens': case 'allTeams': case 'income': return Object.values(e.delta).some((n) => n < 0);
    case 'vertrouwen': case 'cp': case 'progress': return e.delta < 0;
    case 'exhaust': case 'discard': case 'pause': case 'coopt': return true;
    case 'draw': return false;
  }
};

const lowersTrust = (e: DilemmaEffect) => e.type === 'vertrouwen' && e.delta < 0;
const isExhaust = (e: DilemmaEffect) => e.type === 'exhaust';

// ── the table ───────────────────────────────────────────────────────────

export const PRINCIPLES = {
  // 1. Urgentie en collectief doel, niet geld.
  'geld-als-energie': {
    check: (state, team, a) => {
      if (team.claimedThisRound) return fail('alreadyClaimed');
      if (!a.initiative || !a.location) return fail('chooseInitiativeAndLocation');
      // Urgency starts something small or medium without money; a big one needs money in the end (measured: on
      // big initiatives too the card alone moved the win rate by 21 points).
      if (state.market.includes(a.initiative) && initiativeCard(state, a.initiative).size === 'big') return fail('notForBig');
      // Urgency replaces a little money, not a lot: an initiative that needs much Geld needs real money.
      if ((initiativeCard(state, a.initiative).cost.geld ?? 0) > P.urgentieMaxGeld) return fail('tooMuchGeld', { max: P.urgentieMaxGeld });
      return checkPlacement(state, a.initiative, a.location);
    },
    apply: (state, team, a, events) => {
      // The claim is the team's claim of the round.
      team.claimedThisRound = true;
      placeInitiative(state, team, a.initiative!, a.location!, events);
      team.energieAsGeld = a.initiative!;
    },
    candidates: (state, _team, base) => placements(state, (initiative, location) => ({ ...base, initiative, location })),
    withVote: {
      fits: (_card, option) => (option.cost.geld ?? 0) > 0,
      apply: (o) => ({ ...o, cost: { ...o.cost, geld: 0, energie: (o.cost.energie ?? 0) + (o.cost.geld ?? 0) } }),
    },
  },
  // 2. Bewoners nemen regie (trekkers).
  'trekker-handen-dubbel': {
    check: (state, team, a) => {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return project.trekker === team.id ? null : fail('notYourInitiative');
    },
    apply: (_state, team, a) => {
      team.doubleHanden = a.initiative!;
    },
    candidates: (state, _team, base) => openPlays(state, base),
    withVote: { fits: never, apply: (o) => gain(o, { handen: P.regieVoteHanden }) },
  },
  // 3. Het is de moeite waard.
  'moeite-waard': {
    check: allowed,
    apply: (_state, team) => {
      team.tokens.energie += P.moeiteWaardEnergie;
      team.tokens.netwerk += P.moeiteWaardNetwerk;
      if (team.exhausted) {
        team.exhausted = false;
        team.tokens.handen += TUNING.income.handen + team.income.handen;
      }
    },
    candidates: single,
    withVote: {
      fits: (_card, option) => option.effects.some(isExhaust) || option.hidden.some(isExhaust),
      apply: (o) => gain({ ...o, effects: o.effects.filter((e) => e.type !== 'exhaust') }, { energie: 1 }),
    },
  },
  // 4. Wereldproblemen in de eigen omgeving.
  'wereldproblemen-dichtbij': {
    check: (state, team, a) => {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      const domains = initiativeCard(state, project.initiative).domains;
      if (!domains.includes('energie') && !domains.includes('groen')) return fail('needsEnergieOrGroen');
      return hasFunded(team, project) ? null : fail('fundItFirst');
    },
    apply: (state, _team, a) => {
      findProject(state, a.initiative)!.bonusCP += P.wereldproblemenCP;
    },
    candidates: (state, _team, base) => openPlays(state, base),
    withVote: { fits: never, apply: (o) => ({ ...o, effects: [...o.effects, { type: 'cp', delta: 1 }] }) },
  },
  // 5. Vier successen.
  'vier-successen': {
    check: allowed,
    apply: (state, team) => {
      state.celebrateBonus++;
      team.tokens.netwerk++;
    },
    candidates: single,
    withVote: { fits: never, apply: (o) => ({ ...o, effects: [...o.effects, { type: 'allTeams', delta: { energie: 1 } }] }) },
  },
  // 6. Zoek waar de energie zit.
  'energie-zoeken': {
    check: (state, team) => (supportersOf(state, team) > 0 ? null : fail('nobodyFundedYou')),
    apply: (state, team) => {
      team.tokens.energie += supportersOf(state, team);
    },
    candidates: single,
    withVote: {
      // Energy where others join in: +1 Energie for every other team that voted the same.
      fits: (card) => card.target.kind === 'all',
      apply: (o, { state, team, option }) => {
        const votes = state.dilemma?.votes ?? {};
        const same = activeTeams(state).filter((t) => t.id !== team.id && votes[t.id]?.option === option.id).length;
        return same > 0 ? gain(o, { energie: Math.min(same, P.energieZoekenMax) }) : o;
      },
    },
  },
  // 7. Betrek alle talenten.
  'alle-talenten': {
    check: (state, team, a) => {
      if (a.initiative === undefined) return null;
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return hasFunded(team, project) ? null : fail('fundItFirst');
    },
    apply: (state, team, a) => {
      team.tokens.handen += P.talentenHanden;
      const project = findProject(state, a.initiative);
      if (project && !initiativeCard(state, project.initiative).domains.includes('inclusie') && !project.extraDomains.includes('inclusie')) {
        project.extraDomains.push('inclusie');
      }
    },
    candidates: (state, _team, base) => [base, ...openPlays(state, base)],
    withVote: { fits: never, apply: (o) => gain(o, { handen: 1, netwerk: 1 }) },
  },
  // 8. Altijd het gesprek, de dialoog.
  dialoog: {
    check: allowed,
    apply: (state) => {
      state.vertrouwen = Math.min(TUNING.trustMax, state.vertrouwen + 1);
    },
    candidates: single,
    withVote: { fits: (_card, option) => option.talk, only: true, apply: (o) => ({ ...o, cost: {}, extraTrust: o.extraTrust + 1 }) },
  },
  // 9. Continue inzet (betaalde kracht).
  'betaalde-kracht': {
    check: (_state, team) => (betaaldeKrachtPrice(team) ? null : fail('notEnoughTokens')),
    apply: (_state, team) => {
      addTokens(team.tokens, betaaldeKrachtPrice(team)!, -1);
      team.income.handen++;
    },
    candidates: single,
    withVote: {
      // A paid force instead of volunteers: the option's Handen are paid in Geld.
      fits: (_card, option) => (option.cost.handen ?? 0) > 0,
      apply: (o) => ({ ...o, cost: { ...o.cost, handen: 0, geld: (o.cost.geld ?? 0) + (o.cost.handen ?? 0) } }),
    },
  },
  // 10. Doen, niet teveel praten.
  'doen-niet-praten': {
    check: (state, _team, a) => {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return initiativeCard(state, project.initiative).size === 'small' ? null : fail('needsSmallInitiative');
    },
    apply: (state, _team, a, events) => {
      addProgress(state, findProject(state, a.initiative)!, P.doenNietPratenDrop, events);
    },
    candidates: (state, _team, base) => openPlays(state, base),
    withVote: {
      fits: (_card, option) => !option.talk && option.effects.length > 0,
      only: true,
      apply: (o) => ({ ...o, effects: [...o.effects, { type: 'progress', delta: 1 }] }),
    },
  },
  // 11. Met en van elkaar leren.
  leren: {
    check: (state, _team, a) => {
      if (a.choice === 'peek') return state.dilemmaDeck.length > 0 ? null : fail('noCardsLeft');
      if (a.choice === 'discard') return a.card !== undefined && state.principleDiscard.includes(a.card) ? null : fail('notInDiscard');
      return fail('chooseOption');
    },
    apply: (state, team, a, events) => {
      if (a.choice === 'peek') {
        team.peek = state.dilemmaDeck.slice(0, 2);
        events.push({ type: 'peeked', team: team.id, cards: team.peek, private: team.id });
      } else {
        state.principleDiscard = state.principleDiscard.filter((n) => n !== a.card);
        team.hand.push(a.card!);
      }
    },
    candidates: (state, _team, base) => [{ ...base, choice: 'peek' }, ...[...new Set(state.principleDiscard)].map((card) => ({ ...base, choice: 'discard' as const, card }))],
    withVote: { fits: never, apply: (o) => ({ ...o, effects: [...o.effects, { type: 'draw', count: 1 }] }) },
  },
  // 12. Een verbindend weefsel.
  'verbindend-weefsel': {
    check: (state, team, a) => {
      const other = findTeam(state, a.targetTeam);
      if (!other || other.removed || other.id === team.id) return fail('chooseOtherTeam');
      const give = a.give ?? {};
      const take = a.take ?? {};
      const n = total(give);
      if (n < 1 || n > P.weefselMaxTokens || total(take) !== n) return fail('swapSameCount', { max: P.weefselMaxTokens });
      if (!hasTokens(team.tokens, give)) return fail('notEnoughTokens');
      return hasTokens(other.tokens, take) ? null : fail('otherTeamLacksTokens');
    },
    apply: (state, team, a) => {
      const other = findTeam(state, a.targetTeam)!;
      addTokens(team.tokens, a.give!, -1);
      addTokens(other.tokens, a.give!);
      addTokens(other.tokens, a.take!, -1);
      addTokens(team.tokens, a.take!);
      team.tokens.netwerk++;
      other.tokens.netwerk++;
    },
    candidates: (state, team, base) => swaps(state, team, true).map((s) => ({ ...base, targetTeam: s.other, ...oneForOne(s.give, s.take) })),
    withVote: { fits: never, apply: (o) => gain(o, { netwerk: 1 }) },
  },
  // 13. Coöperatie als verbinder (tussen leefwereld en systeemwereld; gedoe met de overheid).
  'cooperatie-verbinder': {
    check: (state, _team, a) => {
      if (a.initiative === undefined) return null;
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return project.pausedRound !== null || project.overgenomen ? null : fail('notStuck');
    },
    apply: (state, _team, a) => {
      state.vertrouwen = Math.min(TUNING.trustMax, state.vertrouwen + 1);
      const project = findProject(state, a.initiative);
      if (project) Object.assign(project, { pausedRound: null, overgenomen: false });
    },
    candidates: (state, _team, base) => [base, ...openPlays(state, base)],
    withVote: {
      // With each other, not against each other: the option costs the neighbourhood no trust.
      fits: (card, option) => card.kind === 'positiespel' || option.effects.some(lowersTrust) || option.hidden.some(lowersTrust),
      apply: (o) => ({ ...o, effects: o.effects.filter((e) => !lowersTrust(e)) }),
    },
  },
  // 14. Coöperatie als platform (buurttop).
  buurttop: {
    check: (state, _team, a) => {
      const project = openProject(state, a.initiative);
      if ('code' in project) return project;
      return project.pausedRound === state.round ? fail('initiativePaused') : null;
    },
    apply: (state, _team, a, events) => buurttop(state, a.initiative!, events),
    candidates: (state, _team, base) => openPlays(state, base),
    withVote: { fits: never, apply: (o) => ({ ...o, effects: [...o.effects, { type: 'allTeams', delta: { netwerk: 1 } }] }) },
  },
  // 15. Partnerschap op gelijkwaardige basis.
  partnerschap: {
    check: notInDoen,
    apply: nothing,
    candidates: noPlays,
    withVote: {
      fits: (card) => card.kind === 'positiespel',
      apply: (o) => gain({ ...o, effects: o.effects.filter((e) => e.type !== 'coopt') }, { geld: P.partnerschapGeld }),
    },
  },
  // 16. Team in vertrouwen.
  'team-in-vertrouwen': {
    check: notInDoen,
    apply: nothing,
    candidates: noPlays,
    withVote: { fits: (card) => card.kind === 'gedoe', apply: (o) => ({ ...o, effects: o.effects.filter((e) => !isNegative(e)) }) },
  },
  // 17. Transparant over belangen.
  transparant: {
    check: notInDoen,
    apply: nothing,
    candidates: noPlays,
    withVote: {
      fits: (card) => card.kind === 'positiespel',
      apply: (o, { option }) => ({ ...o, effects: [...option.effects], extraTrust: o.extraTrust + 1 }),
    },
  },
  // 18. Meervoudig verdienmodel.
  'meervoudig-verdienmodel': {
    check: (state, team, a) => {
      if (realisedDomains(state, team).size < 2) return fail('needsTwoDomains');
      return a.tokenType ? null : fail('chooseTokenType');
    },
    apply: (state, team, a) => {
      // Every value domain is an income stream: one token of the chosen type for each, once.
      team.tokens[a.tokenType!] += Math.min(realisedDomains(state, team).size, P.verdienmodelMax);
    },
    candidates: (_state, _team, base) => TOKEN_TYPES.map((tokenType: TokenType) => ({ ...base, tokenType })),
    withVote: { fits: never, apply: (o) => gain(o, { geld: 1 }) },
  },
} satisfies Record<PrincipleEffect, PrincipleRules>;

/** Whether the card has an effect of its own in Doen (15, 16 and 17 only work with a vote). */
export const playableInDoen = (effect: PrincipleEffect) => PRINCIPLES[effect].check !== notInDoen;

export const rulesOf = (state: GameState, principle: number): PrincipleRules => PRINCIPLES[effectOf(state, principle)];

// ── playing in Doen ─────────────────────────────────────────────────────

export function checkPlay(state: GameState, team: TeamState, a: Play): RuleError | null {
  if (!team.hand.includes(a.principle)) return fail('cardNotInHand');
  const rules = rulesOf(state, a.principle);
  if (rules.check === notInDoen) return notInDoen();
  if (state.phase !== 'doen') return fail('wrongPhase');
  if (team.principlesThisRound >= TUNING.principlesPerRound) return fail('principleLimit', { max: TUNING.principlesPerRound });
  return rules.check(state, team, a);
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
  rulesOf(state, a.principle).apply(state, team, a, events);
}

export function playCandidates(state: GameState, team: TeamState, principle: number): Play[] {
  return rulesOf(state, principle).candidates(state, team, { type: 'play', team: team.id, principle });
}

/** Whether a principle card may go with a vote for this option: the option names it, or it fits by nature. */
export function cardFitsVote(state: GameState, principle: number, card: Dilemma, option: DilemmaOption): boolean {
  const { withVote } = rulesOf(state, principle);
  if (withVote.only) return withVote.fits(card, option);
  return option.strengthenedBy.includes(principle) || withVote.fits(card, option);
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
    const spare = (t: TokenType) => team.tokens[t] - (t === 'energie' ? BUURTTOP_KEEPS_ENERGIE : 0);
    const type = TOKEN_TYPES.filter((t) => need[t] > 0 && spare(t) > 0).sort((x, y) => spare(y) - spare(x))[0];
    if (!type) continue;
    const progress = planFunding(state, team, initiative, ONE[type]);
    if ('code' in progress) continue;
    fund(state, team, initiative, ONE[type], progress, events);
    team.tokens.netwerk++; // the summit connects the teams that join in
  }
  const bigIndex = state.initiativeDeck.findIndex((id) => initiativeCard(state, id).size === 'big');
  if (bigIndex >= 0) state.market.push(...state.initiativeDeck.splice(bigIndex, 1));
}
