// The synced state as the screens read it: a plain snapshot of the room state after every patch.
import type { LegalSummary } from '../../shared/protocol/legal-summary.ts';
import type { Tokens } from '../../shared/vocabulary.ts';

export interface TeamModel {
  id: string; name: string; colour: string; icon: string; bot: string; removed: boolean;
  tokens: Tokens; income: Tokens; handCount: number; ready: boolean; exhausted: boolean; voted: boolean;
  principlesThisRound: number; claimedThisRound: boolean; cp: number; contributed: number; devicesOnline: number; devicesOffline: number;
}

export interface ProjectModel {
  initiative: string; location: string; trekker: string; paid: Tokens; funders: Record<string, number>;
  realised: boolean; realisedRound: number; overgenomen: boolean; pausedRound: number; bonusCP: number; extraDomains: string[]; cp: number; claimedRound: number;
}

export interface PrivateModel {
  team: string; hand: number[]; vote: string; votePrinciple: number; voteBy: string; peek: string[]; legal: string;
  /** The team's reason with its current vote, and whether the vote is locked. */
  voteReason: string; voteLocked: boolean;
}

export interface ChoiceModel { team: string; option: string; principle: number; defaulted: boolean; reason: string; advice: boolean }

export interface GameModel {
  code: string; scenario: string; language: string; selfRun: boolean; mode: string; phase: string; round: number; rounds: number; paused: boolean;
  cp: number; target: number; vertrouwen: number; domains: string[]; market: string[];
  teams: Record<string, TeamModel>; projects: Record<string, ProjectModel>;
  dilemma?: { card: string; targets: string[]; initiative: string; voted: string[]; revealed: boolean; choices: ChoiceModel[]; outcomes: string };
  trades: { id: number; from: string; to: string; give: Tokens; want: Tokens }[];
  timer: { phaseKey: string; remainingMs: number; durationMs: number; running: boolean };
  /** Connected devices by session id; `number` names a team device for the whole session (see deviceName). */
  devices: Record<string, { role: string; team: string; online: boolean; number: number }>;
  principleDiscard: number[];
  history: string; result: string;
  /** The closing questions and answers as JSON. */
  closing: string;
  privates?: Record<string, PrivateModel>;
  facilitator?: Record<string, { dilemmaChoices: string[] }>;
}

export const teamsInOrder = (g: GameModel) => Object.values(g.teams).filter((t) => !t.removed).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

export function legalFor(g: GameModel, team: string | null): LegalSummary | null {
  const item = team ? g.privates?.[team] : undefined;
  if (!item) return null;
  try {
    return JSON.parse(item.legal) as LegalSummary;
  } catch {
    return null;
  }
}
