// zod schemas for the card data in cards/ and for facilitators' own decks.
// Shape and per-card rules live here; rules that span cards (duplicate ids, complete decks) in assemble.ts.
import { z } from 'zod';
import {
  DILEMMA_KINDS, INITIATIVE_RULES, INITIATIVE_SIZES, LOCATION_TYPES, PRINCIPLE_EFFECTS, TEAM_RULES, THEMES,
  TOKEN_TYPES, VALUE_DOMAINS,
} from '../vocabulary.ts';

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing translation' : 'must be text') })
  .trim()
  .min(1, 'must not be empty');

/** A text in Dutch and English; both are required. */
export const LocalText = z.strictObject({ nl: text, en: text });
export type LocalText = z.infer<typeof LocalText>;

const maxWords = (limit: number) =>
  LocalText.refine((t) => wordCount(t.nl) <= limit && wordCount(t.en) <= limit, {
    message: `must be at most ${limit} words in each language`,
  });

/** A hint says what an option will do in words a resident could foresee; the numbers come after the reveal. */
const Hint = LocalText.refine((t) => !/\d/.test(t.nl) && !/\d/.test(t.en), {
  message: 'must say the consequences in words, without numbers',
});

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'must be lower-case letters, digits and dashes');
const count = z.int().min(0).max(50);
const principleNumber = z.int().min(1).max(18);
/** A list without repeats (a repeat is almost always a typo in hand-written YAML). */
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { message: 'must not repeat an entry' });
const delta = z.int().min(-20).max(20);

/** Tokens as a partial record: missing types are 0. */
export const TokenAmounts = z.partialRecord(z.enum(TOKEN_TYPES), count);
export const TokenDelta = z.partialRecord(z.enum(TOKEN_TYPES), delta);

export const DilemmaEffect = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tokens'), delta: TokenDelta }),
  z.strictObject({ type: z.literal('allTeams'), delta: TokenDelta }),
  z.strictObject({ type: z.literal('income'), delta: TokenDelta }),
  z.strictObject({ type: z.literal('vertrouwen'), delta }),
  z.strictObject({ type: z.literal('cp'), delta }),
  z.strictObject({ type: z.literal('exhaust') }),
  z.strictObject({ type: z.literal('discard'), count: z.int().min(1).max(4) }),
  z.strictObject({ type: z.literal('draw'), count: z.int().min(1).max(4) }),
  z.strictObject({ type: z.literal('progress'), delta }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('coopt') }),
]);
export type DilemmaEffect = z.infer<typeof DilemmaEffect>;

export const DilemmaOption = z.strictObject({
  id,
  label: LocalText,
  /** What a resident could foresee, in words; shown before the vote. */
  hint: Hint,
  /** Empty on a conversation option: the vote and its reasons are the point. */
  effects: z.array(DilemmaEffect).default([]),
  /** Effects the players only learn after the vote (the small print of a positiespel offer). */
  hidden: z.array(DilemmaEffect).default([]),
  cost: TokenAmounts.default({}),
  /** A talking option (a conversation, a meeting): principle card 8 makes it count double for trust. */
  talk: z.boolean().default(false),
  /** Principle cards whose "with a vote" effect is aimed at this option; on a tension card each side names one. */
  strengthenedBy: uniqueList(principleNumber).default([]),
  /**
   * Withdrawn in rules v2 (no option is ever locked). Still read so that an old deck gets a clear
   * "locked option" problem from cards:check instead of an unknown-key error; a deck using it does not load.
   */
  unlockedBy: z.array(principleNumber).optional(),
});
export type DilemmaOption = z.infer<typeof DilemmaOption>;

export const DilemmaTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('team'), rule: z.enum(TEAM_RULES) }),
  z.strictObject({ kind: z.literal('initiative'), rule: z.enum(INITIATIVE_RULES) }),
]);
export type DilemmaTarget = z.infer<typeof DilemmaTarget>;

/** Scenario-specific wording of a card: where the village and the city district differ. */
export const DilemmaVariant = z
  .strictObject({ title: LocalText.optional(), situation: maxWords(60).optional(), reflection: LocalText.optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'must change the title, situation or reflection' });
export type DilemmaVariant = z.infer<typeof DilemmaVariant>;

/** A variant for a scenario the card leaves out would never be shown: a typo in the scenario id. */
function variantsFitScenarios(card: { scenarios?: string[]; variants?: Record<string, unknown> }, ctx: z.RefinementCtx) {
  for (const scenario of Object.keys(card.variants ?? {})) {
    if (card.scenarios && !card.scenarios.includes(scenario)) {
      ctx.addIssue({ code: 'custom', path: ['variants', scenario], message: 'is a scenario this card does not fit (see scenarios)' });
    }
  }
}

/** Which scenarios a card fits (absent: all of them). */
const scenarioList = uniqueList(id).refine((l) => l.length > 0, { message: 'must name at least one scenario (leave it out for all)' });

export const Dilemma = z
  .strictObject({
    id,
    kind: z.enum(DILEMMA_KINDS),
    title: LocalText,
    situation: maxWords(60),
    target: DilemmaTarget,
    options: z.array(DilemmaOption).min(2).max(3),
    default: id,
    reflection: LocalText,
    /**
     * Themes the card is about, for choosing a deck by theme. Every built-in card has at least one (cards:check
     * counts the untagged ones); a facilitator's own case may leave them out.
     */
    tags: uniqueList(z.enum(THEMES)).default([]),
    scenarios: scenarioList.optional(),
    variants: z.record(id, DilemmaVariant).optional(),
    /** A dilemma built on a tension between two principles of the seed; each strengthens one side. */
    tension: z
      .strictObject({ principles: z.tuple([principleNumber, principleNumber]) })
      .refine((t) => t.principles[0] !== t.principles[1], { message: 'must name two different principles' })
      .optional(),
  })
  .superRefine((card, ctx) => {
    const ids = card.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
    const fallback = card.options.find((o) => o.id === card.default);
    if (!fallback) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `names no option of this card (${ids.join(', ')})` });
    } else if (Object.values(fallback.cost).some((n) => n > 0)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: 'the default option must cost no tokens (a team without tokens gets it)' });
    }
    variantsFitScenarios(card, ctx);
  });
export type Dilemma = z.infer<typeof Dilemma>;

export const Principle = z.strictObject({
  number: z.int().min(1).max(18),
  effect: z.enum(PRINCIPLE_EFFECTS),
  title: LocalText,
  short: maxWords(40),
  full: LocalText,
});
export type Principle = z.infer<typeof Principle>;

export const InitiativeVariant = z
  .strictObject({ title: LocalText.optional(), text: maxWords(40).optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'must change the title or text' });

export const Initiative = z
  .strictObject({
    id,
    size: z.enum(INITIATIVE_SIZES),
    title: LocalText,
    text: maxWords(40),
    cost: TokenAmounts.refine((c) => Object.values(c).some((n) => n > 0), { message: 'must cost at least one token' }),
    locationTypes: z.array(z.enum(LOCATION_TYPES)).min(1),
    domains: z.array(z.enum(VALUE_DOMAINS)).min(1),
    cp: z.int().min(1).max(12),
    yield: TokenAmounts.default({}),
    scenarios: scenarioList.optional(),
    variants: z.record(id, InitiativeVariant).optional(),
  })
  .superRefine(variantsFitScenarios);
export type Initiative = z.infer<typeof Initiative>;

export const Location = z.strictObject({
  id,
  name: LocalText,
  type: z.enum(LOCATION_TYPES),
  /** Position on the board, in percent of its width and height. */
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
});
export type Location = z.infer<typeof Location>;

export const Scenario = z
  .strictObject({
    id,
    name: LocalText,
    description: LocalText,
    /**
     * Community power the neighbourhood needs to win, fixed when the game starts:
     * round(min(base + perTeam × teams, max) × rounds / 5) + perRound × (rounds − 5). The team part stops at
     * max (the board has room for only so many initiatives, however many teams play) and is for a game of 5
     * rounds: it scales with the rounds played (what teams build grows with teams and rounds together);
     * perRound (default 0) adds a fixed amount per round more or less. At least 1.
     */
    target: z.strictObject({
      base: z.int().min(0),
      perTeam: z.int().min(0),
      perRound: z.int().min(0).default(0),
      max: z.int().min(1).optional(),
    }),
    domainsNeeded: z.int().min(1).max(VALUE_DOMAINS.length).default(4),
    locations: z.array(Location).min(8).max(12),
  })
  .superRefine((s, ctx) => {
    const ids = s.locations.map((l) => l.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['locations'], message: 'location ids must be unique' });
  });
export type Scenario = z.infer<typeof Scenario>;

/** One data file. Each key is optional, so a facilitator's file may hold only dilemma cards. */
export const DeckFile = z.strictObject({
  principles: z.array(Principle).optional(),
  dilemmas: z.array(Dilemma).optional(),
  initiatives: z.array(Initiative).optional(),
  scenarios: z.array(Scenario).optional(),
});
export type DeckFile = z.infer<typeof DeckFile>;

export interface Deck {
  principles: Principle[];
  dilemmas: Dilemma[];
  initiatives: Initiative[];
  scenarios: Scenario[];
}
