// zod schemas for every action. Clients build intents with these; the server parses every message with them.
// Shape lives here; whether an action is allowed right now is the engine's business.
import { z } from 'zod';
import { Dilemma } from '../cards/schema.ts';
import { TEAM_COLOURS, TEAM_ICONS, TOKEN_TYPES } from '../vocabulary.ts';

const cardId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/);
const teamId = z.string().regex(/^t[0-9]{1,2}$/);
const principleNumber = z.int().min(1).max(18);
const amounts = z.partialRecord(z.enum(TOKEN_TYPES), z.int().min(0).max(50));
/** Free text a team or the facilitator types: one line, no control characters. */
const line = (max: number) => z.string().trim().max(max).regex(/^[^\p{Cc}]*$/u, 'no control characters');

/** A vote's reason and a harvest line: at most this many characters. */
export const SHORT_TEXT_MAX = 140;
/** A closing answer: a little more room. */
export const ANSWER_TEXT_MAX = 280;
export const CLOSING_QUESTION_MAX = 200;

export const BOT_KINDS = ['sensible', 'random'] as const;
export type BotKind = (typeof BOT_KINDS)[number];

export const TeamName = z.string().trim().min(1).max(24);

/** What a team's device may ask for. The server adds the team from the device's seat. */
export const TeamIntent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('claim'), initiative: cardId, location: cardId }),
  z.strictObject({ type: z.literal('fund'), initiative: cardId, tokens: amounts }),
  z.strictObject({
    type: z.literal('play'),
    principle: principleNumber,
    initiative: cardId.optional(),
    location: cardId.optional(),
    targetTeam: teamId.optional(),
    give: amounts.optional(),
    take: amounts.optional(),
    tokenType: z.enum(TOKEN_TYPES).optional(),
    choice: z.enum(['peek', 'discard']).optional(),
    card: principleNumber.optional(),
  }),
  z.strictObject({ type: z.literal('offerTrade'), to: teamId, give: amounts, want: amounts }),
  z.strictObject({ type: z.literal('answerTrade'), offer: z.int().min(1), accept: z.boolean() }),
  z.strictObject({ type: z.literal('cancelTrade'), offer: z.int().min(1) }),
  /** Choose or change the team's vote (every team votes on every dilemma); any of its devices may. */
  z.strictObject({ type: z.literal('vote'), option: cardId, reason: line(SHORT_TEXT_MAX).optional(), principle: principleNumber.optional() }),
  /** Fix the team's current vote: final. The votes are revealed when all teams locked (or time is up). */
  z.strictObject({ type: z.literal('lockVote') }),
  /** Vieren & Leren: the team's one line (what did we see, which principle did we recognise); '' withdraws it. */
  z.strictObject({ type: z.literal('harvest'), text: line(SHORT_TEXT_MAX) }),
  /** The closing reflection: the team's answer to question 0 or 1; '' withdraws it. */
  z.strictObject({ type: z.literal('closingAnswer'), question: z.union([z.literal(0), z.literal(1)]), text: line(ANSWER_TEXT_MAX) }),
  z.strictObject({ type: z.literal('ready'), ready: z.boolean() }),
]);
export type TeamIntent = z.infer<typeof TeamIntent>;

/** What only the facilitator may do (or, in a self-run session, some of it any device). */
export const FacilitatorAction = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('addTeam'),
    name: TeamName,
    colour: z.enum(TEAM_COLOURS),
    icon: z.enum(TEAM_ICONS),
    bot: z.enum(BOT_KINDS).nullable().default(null),
  }),
  z.strictObject({ type: z.literal('renameTeam'), team: teamId, name: TeamName }),
  z.strictObject({ type: z.literal('removeTeam'), team: teamId }),
  z.strictObject({ type: z.literal('setBot'), team: teamId, bot: z.enum(BOT_KINDS).nullable() }),
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('pickDilemma'), dilemma: cardId }),
  /** An own case, written during the session: the card travels in the action (the log holds it). */
  z.strictObject({ type: z.literal('addDilemma'), card: Dilemma }),
  /** The dilemmas out of play from now on (all others in the deck are in play). */
  z.strictObject({ type: z.literal('leaveOut'), dilemmas: z.array(cardId).max(500) }),
  /** Once a round in Vieren & Leren, to one team for its part in the conversation. */
  z.strictObject({ type: z.literal('dialogueBonus'), team: teamId }),
  /** The two closing questions; null puts back the default question. */
  z.strictObject({
    type: z.literal('setClosingQuestions'),
    questions: z.tuple([line(CLOSING_QUESTION_MAX).min(1).nullable(), line(CLOSING_QUESTION_MAX).min(1).nullable()]),
  }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('undo') }),
  z.strictObject({ type: z.literal('end') }),
]);
export type FacilitatorAction = z.infer<typeof FacilitatorAction>;

/** Sent by the server's clock, never by a client. */
export type SystemAction = { type: 'timeUp' };

export type TeamAction = TeamIntent & { team: string };
export type Action = TeamAction | FacilitatorAction | SystemAction;
export type ActionType = Action['type'];

export const TEAM_ACTION_TYPES = TeamIntent.options.map((o) => o.shape.type.value);
const teamActionTypes = new Set<string>(TEAM_ACTION_TYPES);
export const isTeamAction = (a: Action): a is TeamAction => 'team' in a && teamActionTypes.has(a.type);
