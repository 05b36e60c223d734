// viewFor: exactly what one seat may see. Hands and unrevealed votes of other teams are hidden;
// draw piles, their order and the random generator are never shown to anyone.
import type { DilemmaOption } from '../cards/schema.ts';
import type { Closing, DilemmaChoice, GameResult, GameState, Project, RoundRecord, TeamState, Trade, Vote } from './types.ts';
import type { Phase, ValueDomain } from '../vocabulary.ts';
import { dilemmaCard, winTarget } from './lookup.ts';

export type Seat = { team: string } | 'facilitator' | 'observer';

/** A team as others see it: its hand only as a count (the hand itself for the team and the facilitator). */
export type TeamView = Omit<TeamState, 'hand' | 'exhaustNext' | 'energieAsGeld' | 'doubleHanden' | 'peek'> & {
  handCount: number;
  hand: number[] | null;
};

export interface DilemmaView {
  card: string;
  targets: string[];
  initiative: string | null;
  /** Teams that have locked their vote (the "voted" marks everyone sees). */
  voted: string[];
  /** Votes this seat may see: its own team's (chosen, changed, locked) and, for the facilitator, all; everyone's after the reveal. */
  votes: Record<string, Vote>;
  revealed: boolean;
  choices: DilemmaChoice[];
  /** The options' numbers, only once the votes are revealed (before that, the hints in words are all anyone sees). */
  outcomes: OptionOutcome[] | null;
}

/** What an option does in numbers: the part of a dilemma card that stays hidden until the reveal. */
export type OptionOutcome = Pick<DilemmaOption, 'id' | 'effects' | 'hidden' | 'cost'>;

export interface GameView {
  seat: Seat;
  phase: Phase;
  round: number;
  rounds: number;
  scenario: string;
  language: string;
  paused: boolean;
  cp: number;
  target: number;
  vertrouwen: number;
  domains: ValueDomain[];
  market: string[];
  projects: Project[];
  teams: TeamView[];
  trades: Trade[];
  dilemma: DilemmaView | null;
  piles: { principles: number; principleDiscard: number[]; initiatives: number; dilemmas: number };
  /** Facilitator only: the dilemma cards still in the pile, sorted (not in draw order). */
  dilemmaChoices: string[] | null;
  /** Principle 11: the next dilemma cards this team has seen. */
  peek: string[];
  history: RoundRecord[];
  /** The closing questions and the answers so far (public as they come in). */
  closing: Closing;
  result: GameResult | null;
}

export function viewFor(state: GameState, seat: Seat): GameView {
  const me = typeof seat === 'object' ? seat.team : null;
  const all = seat === 'facilitator';
  const sees = (teamId: string) => all || teamId === me;
  const d = state.dilemma;
  return {
    seat,
    phase: state.phase,
    round: state.round,
    rounds: state.settings.rounds,
    scenario: state.settings.scenario,
    language: state.settings.language,
    paused: state.paused,
    cp: state.cp,
    target: winTarget(state),
    vertrouwen: state.vertrouwen,
    domains: [...state.domains],
    market: [...state.market],
    projects: state.projects.map((p) => ({ ...p, paid: { ...p.paid }, funders: { ...p.funders }, extraDomains: [...p.extraDomains] })),
    teams: state.teams.map((t) => ({
      id: t.id, name: t.name, colour: t.colour, icon: t.icon, bot: t.bot, removed: t.removed,
      tokens: { ...t.tokens }, income: { ...t.income },
      handCount: t.hand.length, hand: sees(t.id) ? [...t.hand] : null,
      ready: t.ready, exhausted: t.exhausted, principlesThisRound: t.principlesThisRound,
      claimedThisRound: t.claimedThisRound, cp: t.cp, contributed: t.contributed,
    })),
    trades: state.trades.filter((t) => all || seat === 'observer' || t.from === me || t.to === me).map((t) => ({ ...t })),
    dilemma: d && {
      card: d.card, targets: [...d.targets], initiative: d.initiative,
      voted: state.teams.filter((t) => !t.removed && d.votes[t.id]?.locked).map((t) => t.id),
      votes: Object.fromEntries(Object.entries(d.votes).filter(([id]) => d.revealed || sees(id)).map(([id, v]) => [id, { ...v }])),
      revealed: d.revealed, choices: d.choices.map((c) => ({ ...c })),
      outcomes: d.revealed ? dilemmaCard(state, d.card).options.map(outcomeOf) : null,
    },
    piles: {
      principles: state.principleDeck.length,
      principleDiscard: [...state.principleDiscard],
      initiatives: state.initiativeDeck.length,
      dilemmas: state.dilemmaDeck.length,
    },
    dilemmaChoices: all ? [...state.dilemmaDeck].sort() : null,
    peek: me ? [...(state.teams.find((t) => t.id === me)?.peek ?? [])] : [],
    history: state.rounds.map((r) => ({
      ...r, targets: [...r.targets], choices: r.choices.map((c) => ({ ...c })), realised: [...r.realised],
      principles: [...r.principles], harvest: r.harvest.map((h) => ({ ...h })),
    })),
    closing: { questions: [state.closing.questions[0], state.closing.questions[1]], answers: state.closing.answers.map((a) => ({ ...a })) },
    result: state.result && { ...state.result },
  };
}

const outcomeOf = (o: DilemmaOption): OptionOutcome => ({ id: o.id, effects: o.effects, hidden: o.hidden, cost: o.cost });

