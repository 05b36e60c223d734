// The synced room state: fields only, filled by mirror.ts from the engine's view. Private data (a team's
// hand, its vote before the reveal, the dilemma cards it has seen; the facilitator's overview) lives in
// view-tagged maps whose items reach only the clients that have them in their StateView.
import { Encoder, schema, t, type SchemaType } from '@colyseus/schema';

// Each room keeps two encode buffers of this size (patches, full states for joining clients); both grow when
// the state outgrows them (serializer.ts makes that safe for full states), with a warning in the log. The full
// state with the facilitator's view at the end of an 8-round game of bots is 7.5 KB with 2 teams, 11 KB with
// 4, 14 KB with 6 and 16.5 KB with 8; reasons, harvest lines and closing answers of 80 characters double that.
// 16 KB (Colyseus' default) covers the usual session without growing; 8 KB was outgrown late in games of 3 teams.
Encoder.BUFFER_SIZE = 16 * 1024;

export const TokenSchema = schema({
  energie: t.int16().default(0),
  handen: t.int16().default(0),
  netwerk: t.int16().default(0),
  geld: t.int16().default(0),
}, 'Tokens');
export type TokenSchema = SchemaType<typeof TokenSchema>;

export const TeamSchema = schema({
  id: t.string().default(''),
  name: t.string().default(''),
  colour: t.string().default(''),
  icon: t.string().default(''),
  bot: t.string().default(''),
  removed: t.boolean().default(false),
  tokens: t.ref(TokenSchema).default(() => new TokenSchema()),
  income: t.ref(TokenSchema).default(() => new TokenSchema()),
  handCount: t.uint8().default(0),
  ready: t.boolean().default(false),
  exhausted: t.boolean().default(false),
  voted: t.boolean().default(false),
  principlesThisRound: t.uint8().default(0),
  claimedThisRound: t.boolean().default(false),
  cp: t.int16().default(0),
  contributed: t.int16().default(0),
  devicesOnline: t.uint8().default(0),
  devicesOffline: t.uint8().default(0),
}, 'Team');
export type TeamSchema = SchemaType<typeof TeamSchema>;

/** Only for the team's own devices and the facilitator. */
export const TeamPrivateSchema = schema({
  team: t.string().default(''),
  hand: t.array('uint8'),
  /** The team's current vote until the reveal: visible to all its devices (and the facilitator), to nobody else. */
  vote: t.string().default(''),
  votePrinciple: t.uint8().default(0),
  voteReason: t.string().default(''),
  voteLocked: t.boolean().default(false),
  /** The device (its session id) whose vote counts: the last one any of the team's devices sent. */
  voteBy: t.string().default(''),
  peek: t.array('string'),
  /** What the rules allow this team now (a LegalSummary as JSON), for highlights on its devices. */
  legal: t.string().default('{}'),
}, 'TeamPrivate');
export type TeamPrivateSchema = SchemaType<typeof TeamPrivateSchema>;

export const ProjectSchema = schema({
  initiative: t.string().default(''),
  location: t.string().default(''),
  trekker: t.string().default(''),
  paid: t.ref(TokenSchema).default(() => new TokenSchema()),
  funders: t.map('int16'),
  claimedRound: t.uint8().default(0),
  realised: t.boolean().default(false),
  realisedRound: t.uint8().default(0),
  overgenomen: t.boolean().default(false),
  pausedRound: t.uint8().default(0),
  bonusCP: t.int16().default(0),
  extraDomains: t.array('string'),
  cp: t.int16().default(0),
}, 'Project');
export type ProjectSchema = SchemaType<typeof ProjectSchema>;

export const ChoiceSchema = schema({
  team: t.string().default(''),
  option: t.string().default(''),
  principle: t.uint8().default(0),
  reason: t.string().default(''),
  defaulted: t.boolean().default(false),
  /** The card was for another team: this vote was advice. */
  advice: t.boolean().default(false),
}, 'Choice');
export type ChoiceSchema = SchemaType<typeof ChoiceSchema>;

export const DilemmaSchema = schema({
  card: t.string().default(''),
  targets: t.array('string'),
  initiative: t.string().default(''),
  /** Teams that locked their vote. */
  voted: t.array('string'),
  revealed: t.boolean().default(false),
  choices: t.array(ChoiceSchema),
  /** The options' numbers as JSON (OptionOutcome[]), '' until the reveal: nobody sees them before. */
  outcomes: t.string().default(''),
}, 'Dilemma');
export type DilemmaSchema = SchemaType<typeof DilemmaSchema>;

export const TradeSchema = schema({
  id: t.uint16().default(0),
  from: t.string().default(''),
  to: t.string().default(''),
  give: t.ref(TokenSchema).default(() => new TokenSchema()),
  want: t.ref(TokenSchema).default(() => new TokenSchema()),
}, 'Trade');
export type TradeSchema = SchemaType<typeof TradeSchema>;

export const TimerSchema = schema({
  /** The phase (and reveal) the timer belongs to, e.g. "2:doen". Empty: no timer runs. */
  phaseKey: t.string().default(''),
  remainingMs: t.uint32().default(0),
  durationMs: t.uint32().default(0),
  running: t.boolean().default(false),
}, 'Timer');
export type TimerSchema = SchemaType<typeof TimerSchema>;

export const DeviceSchema = schema({
  role: t.string().default(''),
  team: t.string().default(''),
  online: t.boolean().default(true),
  /** Self-run sessions: the team this device asks to move to, until a device of that team confirms. */
  wants: t.string().default(''),
  /** Team devices: the device's number in the order devices first joined (the same after a reload), for its name. */
  number: t.uint16().default(0),
}, 'Device');
export type DeviceSchema = SchemaType<typeof DeviceSchema>;

/** Only for the facilitator: the dilemma cards it may pick from (sorted, not in draw order). */
export const FacilitatorInfoSchema = schema({
  dilemmaChoices: t.array('string'),
}, 'FacilitatorInfo');
export type FacilitatorInfoSchema = SchemaType<typeof FacilitatorInfoSchema>;

export const GameSchema = schema({
  code: t.string().default(''),
  scenario: t.string().default(''),
  language: t.string().default('nl'),
  selfRun: t.boolean().default(false),
  /** 'dilemmas': a dilemma-only session, the screens show no board and no tokens. */
  mode: t.string().default('full'),
  phase: t.string().default('lobby'),
  round: t.uint8().default(0),
  rounds: t.uint8().default(5),
  paused: t.boolean().default(false),
  cp: t.int16().default(0),
  target: t.int16().default(0),
  vertrouwen: t.uint8().default(5),
  domains: t.array('string'),
  market: t.array('string'),
  teams: t.map(TeamSchema),
  projects: t.map(ProjectSchema),
  dilemma: t.ref(DilemmaSchema).optional(),
  trades: t.array(TradeSchema),
  timer: t.ref(TimerSchema).default(() => new TimerSchema()),
  devices: t.map(DeviceSchema),
  principlesLeft: t.uint8().default(0),
  principleDiscard: t.array('uint8'),
  initiativesLeft: t.uint8().default(0),
  dilemmasLeft: t.uint8().default(0),
  /** The round records (the debrief timeline: revealed votes, harvest lines) as JSON: read as a whole, changed a few times a round. */
  history: t.string().default('[]'),
  /** The closing questions and answers as JSON (Closing): public as the answers come in. */
  closing: t.string().default(''),
  /** The end result as JSON, '' while the game runs. */
  result: t.string().default(''),
  privates: t.map(TeamPrivateSchema).view(),
  facilitator: t.map(FacilitatorInfoSchema).view(),
}, 'Game');
export type GameSchema = SchemaType<typeof GameSchema>;
