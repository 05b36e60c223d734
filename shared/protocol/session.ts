// zod schemas for creating a session, joining its room and the room's messages. Used by client and server.
import { z } from 'zod';
import { LANGUAGES, TEAM_COLOURS, TEAM_ICONS } from '../vocabulary.ts';
import { SESSION_LENGTHS, SESSION_MODES, isSessionLength } from '../plan/plan.ts';
import { FacilitatorAction, TeamIntent, TeamName } from './actions.ts';

const seconds = z.int().min(10).max(3600);

export const MAX_DECK_BYTES = 256 * 1024;

/** Phase timer lengths in seconds; null = no timer for that phase (the facilitator moves on). */
export const PhaseTimers = z.strictObject({
  ontmoeten: seconds.nullable().default(null),
  doen: seconds.nullable().default(300),
  gedoe: seconds.nullable().default(180),
  /** After the votes are revealed, before Vieren & Leren. */
  reveal: seconds.nullable().default(null),
  vieren: seconds.nullable().default(null),
  /** The closing reflection after the last round. */
  afsluiten: seconds.nullable().default(null),
});
export type PhaseTimers = z.infer<typeof PhaseTimers>;

/** Timers for a self-run session: every phase has one, so the game moves on without a facilitator. */
export const SELF_RUN_TIMERS: PhaseTimers = { ontmoeten: 60, doen: 300, gedoe: 180, reveal: 60, vieren: 90, afsluiten: 180 };

export const SessionSettings = z.strictObject({
  scenario: z.string().min(1).max(48),
  rounds: z.int().min(3).max(8).default(5),
  language: z.enum(LANGUAGES).default('nl'),
  /** null: no timers at all. */
  timers: PhaseTimers.nullable().default(PhaseTimers.parse({})),
  /** A remote group without a facilitator: timers move the game and any device may press "next". */
  selfRun: z.boolean().default(false),
  /** A fixed seed gives the same shuffles again: for demos and tests (expanded to 256 bits). Random when absent. */
  seed: z.int().min(0).max(2 ** 31 - 1).optional(),
  /** The facilitator's own cards (YAML or JSON text, at most 256 KB), extending the built-in deck. */
  deck: z.string().max(MAX_DECK_BYTES).refine((text) => new TextEncoder().encode(text).length <= MAX_DECK_BYTES, 'at most 256 KB').optional(),
  /** The whole game (absent), or dilemmas only (no board, no tokens: votes, reasons and the conversation). */
  mode: z.enum(SESSION_MODES).optional(),
  /** Session length in minutes: the session plan sets the rounds and the phase timers from it. */
  length: z.literal([...SESSION_LENGTHS.full, ...SESSION_LENGTHS.dilemmas]).optional(),
  /** Built-in dilemmas left out of this session's draw pile (the facilitator's deck choice). */
  leaveOut: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/)).max(500).optional(),
}).refine((s) => s.length === undefined || isSessionLength(s.mode ?? 'full', s.length), {
  path: ['length'], message: `a full game lasts ${SESSION_LENGTHS.full.join(', ')} minutes, a dilemma-only session ${SESSION_LENGTHS.dilemmas.join(', ')}`,
});
export type SessionSettings = z.infer<typeof SessionSettings>;

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JoinCode = z.string().trim().toUpperCase().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));

/** Sent with joinById: who this connection is. Team devices and observers prove the join code, the facilitator the key. */
export const JoinOptions = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('facilitator'), key: z.string().min(16).max(128) }),
  z.strictObject({ role: z.literal('team'), code: z.string().max(16), deviceToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
  z.strictObject({ role: z.literal('observer'), code: z.string().max(16) }),
]);
export type JoinOptions = z.infer<typeof JoinOptions>;

/** Facilitator actions the server adds around the engine's: timer control, moving a device to another team. */
export const RoomAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('extendTimer'), seconds: z.int().min(10).max(600).default(60) }),
  /** `device` is the device's session id as the synced `devices` map lists it. */
  z.strictObject({ type: z.literal('moveDevice'), device: z.string().min(1).max(64), team: z.string().regex(/^t[0-9]{1,2}$/) }),
]);

export const FacilitatorMessage = z.strictObject({
  key: z.string().min(16).max(128),
  action: z.union([FacilitatorAction, RoomAction]),
});
export type FacilitatorMessage = z.infer<typeof FacilitatorMessage>;

export const CreateTeamMessage = z.strictObject({ name: TeamName, colour: z.enum(TEAM_COLOURS), icon: z.enum(TEAM_ICONS) });
export const ChooseTeamMessage = z.strictObject({ team: z.string().regex(/^t[0-9]{1,2}$/) });
/** Self-run sessions: a device of a team lets another device (its session id) move into the team. */
export const ConfirmMoveMessage = z.strictObject({ device: z.string().min(1).max(64) });
/** Self-run sessions: the actions any device may take. */
export const SelfRunMessage = z.strictObject({ action: z.enum(['start', 'next', 'pause', 'resume']) });

export const ROOM_MESSAGES = {
  intent: TeamIntent,
  facilitator: FacilitatorMessage,
  createTeam: CreateTeamMessage,
  chooseTeam: ChooseTeamMessage,
  selfRun: SelfRunMessage,
  confirmMove: ConfirmMoveMessage,
} as const;
export type RoomMessageType = keyof typeof ROOM_MESSAGES;

/** What the server answers when it refuses a message: a code the client translates, with its parameters. */
export interface Refusal {
  code: string;
  params?: Record<string, string | number>;
}
