// A facilitator's own case, written in a form instead of YAML: the form's fields become a dilemma card that
// the card schema validates (problems are mapped back to the field they belong to), and a card made by the
// form becomes the form's fields again (for a file uploaded again).
// Own cases are written in one language: the English text is the Dutch text (an English session shows the
// text as it was typed).
import { Dilemma, type DilemmaEffect } from '../cards/schema.ts';
import { DILEMMA_KINDS, TOKEN_TYPES, type DilemmaKind, type Theme } from '../vocabulary.ts';

/** The simple effects the form offers, each picked from a list with an amount. */
export const OWN_EFFECTS = [...TOKEN_TYPES, 'vertrouwen', 'cp'] as const;
export type OwnEffectKind = (typeof OWN_EFFECTS)[number];
export const OWN_AMOUNTS = [-2, -1, 1, 2] as const;

export interface OwnEffect {
  kind: OwnEffectKind;
  amount: number;
}

export interface OwnOption {
  label: string;
  hint: string;
  effects: OwnEffect[];
}

export interface OwnCaseForm {
  kind: DilemmaKind;
  /** The card's theme, for the deck choice; '' for none. */
  theme: Theme | '';
  title: string;
  situation: string;
  options: OwnOption[];
  reflection: string;
}

export const OPTION_IDS = ['a', 'b', 'c'] as const;
export const MAX_EFFECTS_PER_OPTION = 2;

export const emptyForm = (): OwnCaseForm => ({
  kind: 'gedoe', theme: '', title: '', situation: '', reflection: '',
  options: [{ label: '', hint: '', effects: [] }, { label: '', hint: '', effects: [] }],
});

const both = (text: string) => ({ nl: text.trim(), en: text.trim() });

/** Own cards get ids of their own ("eigen-…"), so they never collide with a built-in card. */
export function ownCardId(title: string): string {
  const slug = title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `eigen-${slug || 'casus'}`.slice(0, 48).replace(/-+$/, '');
}

function toEffect(e: OwnEffect): DilemmaEffect {
  if (e.kind === 'vertrouwen' || e.kind === 'cp') return { type: e.kind, delta: e.amount };
  return { type: 'tokens', delta: { [e.kind]: e.amount } };
}

function fromEffect(e: DilemmaEffect): OwnEffect | null {
  if (e.type === 'vertrouwen' || e.type === 'cp') return { kind: e.type, amount: e.delta };
  if (e.type !== 'tokens') return null;
  const entries = Object.entries(e.delta);
  return entries.length === 1 ? { kind: entries[0]![0] as OwnEffectKind, amount: entries[0]![1]! } : null;
}

/** The card as the form describes it (not yet validated). Every team votes for itself; option a is the default. */
export function formToCard(form: OwnCaseForm): unknown {
  return {
    id: ownCardId(form.title),
    kind: form.kind,
    title: both(form.title),
    situation: both(form.situation),
    target: { kind: 'all' },
    options: form.options.map((o, i) => ({
      id: OPTION_IDS[i] ?? `o${i}`,
      label: both(o.label),
      hint: both(o.hint),
      effects: o.effects.map(toEffect),
    })),
    default: OPTION_IDS[0],
    reflection: both(form.reflection),
    ...(form.theme ? { tags: [form.theme] } : {}),
  };
}

/** Where a problem goes in the form: the field's name (title, situation, reflection, options, option-1-label…). */
export function fieldOf(path: readonly PropertyKey[]): string {
  const [first, index, part] = path;
  if (first === 'options' && typeof index === 'number') {
    const field = part === 'label' || part === 'hint' ? part : 'effects';
    return `option-${index}-${field}`;
  }
  if (first === 'title' || first === 'id') return 'title';
  if (first === 'situation' || first === 'reflection' || first === 'kind') return first;
  return 'options';
}

export interface FieldProblem {
  field: string;
  /** A translation key (owncase.error.*) with its parameters, or the schema's own message. */
  key: string | null;
  params: Record<string, string | number>;
  message: string;
}

function problemOf(issue: { code: string; path: readonly PropertyKey[]; message: string; origin?: string; minimum?: unknown; maximum?: unknown }): FieldProblem {
  const field = fieldOf(issue.path);
  const words = /at most (\d+) words/.exec(issue.message);
  if (words) return { field, key: 'owncase.error.words', params: { n: Number(words[1]) }, message: issue.message };
  if (issue.code === 'too_small' && issue.origin === 'array') return { field, key: 'owncase.error.fewOptions', params: { n: Number(issue.minimum) }, message: issue.message };
  if (issue.code === 'too_big' && issue.origin === 'array') return { field, key: 'owncase.error.manyOptions', params: { n: Number(issue.maximum) }, message: issue.message };
  if (issue.code === 'too_small' || /must not be empty|missing/.test(issue.message)) return { field, key: 'owncase.error.empty', params: {}, message: issue.message };
  return { field, key: null, params: {}, message: issue.message };
}

/** Validates the form with the card schema: the card, or the problems per field (one per field, the first). */
export function checkForm(form: OwnCaseForm): { ok: true; card: Dilemma } | { ok: false; problems: FieldProblem[] } {
  const parsed = Dilemma.safeParse(formToCard(form));
  if (parsed.success) return { ok: true, card: parsed.data };
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const problem = problemOf(issue as never);
    if (!problems.some((p) => p.field === problem.field)) problems.push(problem);
  }
  return { ok: false, problems };
}

/** The form for a card, when the form can show everything in it (an own case made by the form); else null. */
export function cardToForm(card: Dilemma): OwnCaseForm | null {
  if (card.target.kind !== 'all' || card.default !== OPTION_IDS[0] || !(DILEMMA_KINDS as readonly string[]).includes(card.kind)) return null;
  if (card.tags.length > 1 || card.scenarios || card.variants || card.tension) return null;
  const options: OwnOption[] = [];
  for (const [i, o] of card.options.entries()) {
    if (o.id !== OPTION_IDS[i] || o.hidden.length > 0 || Object.values(o.cost).some((n) => n > 0)) return null;
    const effects = o.effects.map(fromEffect);
    if (effects.some((e) => e === null) || effects.length > MAX_EFFECTS_PER_OPTION) return null;
    options.push({ label: o.label.nl, hint: o.hint?.nl ?? '', effects: effects as OwnEffect[] });
  }
  return { kind: card.kind, theme: card.tags[0] ?? '', title: card.title.nl, situation: card.situation.nl, options, reflection: card.reflection.nl };
}
