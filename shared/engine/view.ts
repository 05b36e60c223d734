// viewFor: exactly what one seat may see. Hands and unrevealed votes of other teams are hidden;
// draw piles, their order and the random generator are never shown to anyone.
import type { DilemmaChoice, GameResult, GameState, Project, RoundRecord, TeamState, Trade, Vote } from './types.ts';
import type { Phase, ValueDomain } from '../vocabulary.ts';
import { winTarget } from './lookup.ts';

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
  /** Teams whose vote is in (the "voted" marks). */
  voted: string[];
  /** Votes this seat may see: its own before the reveal, everyone's after (the facilitator sees all). */
  votes: Record<string, Vote>;
  revealed: boolean;
  choices: DilemmaChoice[];
}

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
      tokens: { ...t.tokens }, income: { ...t.income }, extraYield: [...t.extraYield],
      handCount: t.hand.length, hand: sees(t.id) ? [...t.hand] : null,
      ready: t.ready, exhausted: t.exhausted, principlesThisRound: t.principlesThisRound,
      claimedThisRound: t.claimedThisRound, cp: t.cp, contributed: t.contributed,
    })),
    trades: state.trades.filter((t) => all || seat === 'observer' || t.from === me || t.to === me).map((t) => ({ ...t })),
    dilemma: d && {
      card: d.card, targets: [...d.targets], initiative: d.initiative,
      voted: d.targets.filter((id) => d.votes[id]),
      votes: Object.fromEntries(Object.entries(d.votes).filter(([id]) => d.revealed || sees(id)).map(([id, v]) => [id, { ...v }])),
      revealed: d.revealed, choices: d.choices.map((c) => ({ ...c })),
    },
    piles: {
      principles: state.principleDeck.length,
      principleDiscard: [...state.principleDiscard],
      initiatives: state.initiativeDeck.length,
      dilemmas: state.dilemmaDeck.length,
    },
    dilemmaChoices: all ? [...state.dilemmaDeck].sort() : null,
    peek: me ? [...(state.teams.find((t) => t.id === me)?.peek ?? [])] : [],
    history: state.rounds.map((r) => ({ ...r, choices: r.choices.map((c) => ({ ...c })), realised: [...r.realised], principles: [...r.principles] })),
    result: state.result && { ...state.result },
  };
}
