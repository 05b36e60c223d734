// The engine's state, events and rule errors.
import type { Deck } from '../cards/schema.ts';
import type { Action, BotKind } from '../protocol/actions.ts';
import type { RuleError } from './errors.ts';
import type { Language, Phase, TeamIcon, TokenType, Tokens, ValueDomain } from '../vocabulary.ts';

export interface GameSettings {
  scenario: string;
  rounds: number;
  language: Language;
  /** 'dilemmas': no board and no tokens; each round is a dilemma, the talk about the votes, and the harvest. */
  mode?: 'full' | 'dilemmas';
}

export interface TeamState {
  id: string;
  name: string;
  colour: string;
  icon: TeamIcon;
  bot: BotKind | null;
  removed: boolean;
  tokens: Tokens;
  hand: number[];
  /** Uitgeput this round: no Handen at Ontmoeten. */
  exhausted: boolean;
  /** A dilemma made the team uitgeput at the next Ontmoeten. */
  exhaustNext: boolean;
  /** Extra income every round (principle 9, some dilemma options). */
  income: Tokens;
  ready: boolean;
  claimedThisRound: boolean;
  principlesThisRound: number;
  /** Principle 1: this round, Energie may pay the Geld cost of this initiative. */
  energieAsGeld: string | null;
  /** Principle 2: this round, this team's Handen count double on this initiative. */
  doubleHanden: string | null;
  /** Principle 11: the next dilemma cards this team has seen. Private to the team. */
  peek: string[];
  /** Community power from initiatives this team led, and bonuses it earned. */
  cp: number;
  /** Tokens given to initiatives, own and others'. */
  contributed: number;
}

export interface Project {
  initiative: string;
  location: string;
  trekker: string;
  paid: Tokens;
  /** Tokens contributed per team. */
  funders: Record<string, number>;
  claimedRound: number;
  realised: boolean;
  realisedRound: number | null;
  overgenomen: boolean;
  /** Bonus CP promised by principles 4 and 13, paid when realised. */
  bonusCP: number;
  /** Cannot be funded and yields nothing in this round. */
  pausedRound: number | null;
  /** Value domains added by principle 7. */
  extraDomains: ValueDomain[];
  /** CP this initiative gave when it was realised. */
  cp: number;
}

/** A team's vote on the open dilemma: chosen and changed by any of its devices until it is locked. */
export interface Vote {
  option: string;
  /** The principle card the team argues for with its vote (spent at the reveal when the vote decides). */
  principle: number | null;
  /** Why (≤ 140 characters); '' when none was given. */
  reason: string;
  locked: boolean;
}

/** A team's vote as revealed. */
export interface DilemmaChoice {
  team: string;
  option: string;
  principle: number | null;
  reason: string;
  /** The team chose nothing in time: the card's default option. */
  defaulted: boolean;
  /** The vote was advice: the card was for another team, whose vote decided. No effects, no card spent. */
  advice: boolean;
}

export interface DilemmaState {
  card: string;
  /** The teams whose vote decides for themselves: every team for an all-teams card, else the targeted one. */
  targets: string[];
  initiative: string | null;
  /** Every active team's vote, the targets' and the advisers'. */
  votes: Record<string, Vote>;
  revealed: boolean;
  choices: DilemmaChoice[];
}

export interface Trade {
  id: number;
  from: string;
  to: string;
  give: Tokens;
  want: Tokens;
}

export interface RoundRecord {
  round: number;
  dilemma: string | null;
  targets: string[];
  initiative: string | null;
  choices: DilemmaChoice[];
  realised: string[];
  principles: { team: string; principle: number }[];
  /** Vieren & Leren: each team's harvest line, in the order they came in. */
  harvest: { team: string; text: string }[];
  /** The team the facilitator gave the dialogue bonus this round, if any. */
  dialogueBonus: string | null;
  cpStart: number;
  cpEnd: number;
  vertrouwenEnd: number;
}

export interface GameResult {
  won: boolean;
  cp: number;
  target: number;
  domains: number;
  domainsNeeded: number;
  endedEarly: boolean;
}

export interface ClosingAnswer {
  team: string;
  question: 0 | 1;
  text: string;
}

/** The closing reflection after the last round. */
export interface Closing {
  /** The facilitator's wording; null: the default question (its text is in shared/i18n, closing.question0/1). */
  questions: [string | null, string | null];
  answers: ClosingAnswer[];
}

export interface GameState {
  deck: Deck;
  settings: GameSettings;
  /** The 256-bit key of the game's random generator (hex); never leaves the server. */
  seed: string;
  /** Random words drawn so far. */
  rng: number;
  phase: Phase;
  round: number;
  paused: boolean;
  teams: TeamState[];
  nextTeamNumber: number;
  market: string[];
  initiativeDeck: string[];
  principleDeck: number[];
  principleDiscard: number[];
  dilemmaDeck: string[];
  dilemmaDiscard: string[];
  queuedDilemma: string | null;
  dilemma: DilemmaState | null;
  projects: Project[];
  cp: number;
  /** The CP target, fixed at the start (0 in the lobby); a team joining later raises it, leaving never lowers it. */
  target: number;
  vertrouwen: number;
  domains: ValueDomain[];
  /** Principle 5 played this round: every realisation gives every team one more Energie. */
  celebrateBonus: number;
  trades: Trade[];
  nextTradeId: number;
  rounds: RoundRecord[];
  closing: Closing;
  /** The actions that made this state, without undone ones: undo replays all but the last. */
  history: Action[];
  result: GameResult | null;
}

export type GameEvent =
  | { type: 'teamAdded'; team: string }
  | { type: 'phase'; phase: Phase; round: number }
  | { type: 'income'; team: string; tokens: Tokens; exhausted: boolean; drew: number }
  | { type: 'claimed'; team: string; initiative: string; location: string }
  | { type: 'funded'; team: string; initiative: string; tokens: Partial<Tokens> }
  | { type: 'realised'; initiative: string; trekker: string; funders: string[]; cp: number; newDomains: ValueDomain[] }
  | { type: 'celebration'; initiatives: string[]; energiePerTeam: number }
  | { type: 'principlePlayed'; team: string; principle: number }
  | { type: 'peeked'; team: string; cards: string[]; private: string }
  | { type: 'dilemma'; card: string; targets: string[]; initiative: string | null }
  | { type: 'dilemmaAdded'; card: string }
  | { type: 'voted'; team: string }
  | { type: 'voteLocked'; team: string }
  | { type: 'harvest'; team: string }
  | { type: 'closingAnswer'; team: string; question: 0 | 1 }
  | { type: 'votesRevealed'; card: string; choices: DilemmaChoice[] }
  | { type: 'tradeOffered'; trade: number; from: string; to: string }
  | { type: 'tradeClosed'; trade: number; accepted: boolean }
  | { type: 'dialogueBonus'; team: string }
  | { type: 'paused'; paused: boolean }
  | { type: 'undone'; action: Action['type'] }
  | { type: 'gameOver'; result: GameResult };

export type { RuleCode, RuleError } from './errors.ts';

export type Result<T, E = RuleError> = { ok: true; value: T } | { ok: false; error: E };
