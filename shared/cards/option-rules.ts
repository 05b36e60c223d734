// The rulebook's rules for dilemma options (docs/rules.md, "Card rules"), as pure functions over one card: no
// option locked, every option with effects has an upside and a cost, no option dominates another, and a tension
// card's two principles each strengthen a side. The built-in deck, cards:check and facilitators' own cards all
// go through these.
import { TOKEN_TYPES } from '../vocabulary.ts';
import type { Dilemma, DilemmaEffect, DilemmaOption } from './schema.ts';

/**
 * What an option does, as one number per dimension, seen from the team that chooses it (higher is better):
 * - `tokens.<type>`: the team's own tokens, effects minus the option's cost;
 * - `income.<type>`: tokens the team gets every round from now on;
 * - `allTeams.<type>`: tokens every team gets (the chooser included);
 * - `vertrouwen`, `cp`: the shared tracks; `progress`: tokens on the card's initiative;
 * - `cards`: principle cards drawn minus cards discarded;
 * - `rested`, `running`, `control`: −1 when the team is exhausted next round, the initiative pauses, or it is
 *   co-opted (taken over by another party).
 * Hidden effects (the small print) count: they are part of what the option does, even if the players learn it late.
 * Dimensions are never traded off against each other: that is what makes a choice a dilemma.
 */
export type Outcome = Record<string, number>;

function addEffect(out: Outcome, e: DilemmaEffect) {
  const add = (key: string, n: number) => (out[key] = (out[key] ?? 0) + n);
  switch (e.type) {
    case 'tokens':
    case 'income':
    case 'allTeams':
      for (const t of TOKEN_TYPES) if (e.delta[t]) add(`${e.type}.${t}`, e.delta[t]!);
      return;
    case 'vertrouwen':
    case 'cp':
    case 'progress':
      add(e.type, e.delta);
      return;
    case 'draw': add('cards', e.count); return;
    case 'discard': add('cards', -e.count); return;
    case 'exhaust': add('rested', -1); return;
    case 'pause': add('running', -1); return;
    case 'coopt': add('control', -1); return;
  }
}

/** The option's outcome vector; zero dimensions are left out. */
export function optionOutcome(option: Pick<DilemmaOption, 'effects' | 'hidden' | 'cost'>): Outcome {
  const out: Outcome = {};
  for (const e of [...option.effects, ...option.hidden]) addEffect(out, e);
  for (const t of TOKEN_TYPES) if (option.cost[t]) out[`tokens.${t}`] = (out[`tokens.${t}`] ?? 0) - option.cost[t]!;
  for (const key of Object.keys(out)) if (out[key] === 0) delete out[key];
  return out;
}

/** The outcome of effects alone (used for the small print). */
export const effectsOutcome = (effects: DilemmaEffect[]) => optionOutcome({ effects, hidden: [], cost: {} });

export const hasUpside = (o: Outcome) => Object.values(o).some((n) => n > 0);
export const hasCost = (o: Outcome) => Object.values(o).some((n) => n < 0);

/** a dominates b: at least as good on every dimension and better on at least one. */
export function dominates(a: Outcome, b: Outcome): boolean {
  let better = false;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? 0;
    const y = b[key] ?? 0;
    if (x < y) return false;
    if (x > y) better = true;
  }
  return better;
}

/** Small print is good news when it only helps: an upside and no cost. */
export const isGoodNews = (hidden: DilemmaEffect[]) => {
  const o = effectsOutcome(hidden);
  return hasUpside(o) && !hasCost(o);
};

/** Does the option do anything at all? Options that do not are conversation options (a vote and its reasons). */
export const hasEffects = (o: Pick<DilemmaOption, 'effects' | 'hidden' | 'cost'>) =>
  o.effects.length > 0 || o.hidden.length > 0 || Object.values(o.cost).some((n) => n > 0);

export const OPTION_RULES = ['locked', 'noUpside', 'noCost', 'dominated', 'tensionSide'] as const;
export type OptionRule = (typeof OPTION_RULES)[number];

export interface OptionViolation {
  rule: OptionRule;
  /** The option the problem is about (a tension problem without a side names the card's first option). */
  option: string;
  message: string;
}

/** Every option rule this card breaks, one line per option and rule. */
export function optionViolations(card: Pick<Dilemma, 'options' | 'tension'>): OptionViolation[] {
  const found: OptionViolation[] = [];
  const outcomes = new Map(card.options.map((o) => [o.id, optionOutcome(o)]));
  for (const option of card.options) {
    const out = outcomes.get(option.id)!;
    if (option.unlockedBy?.length) {
      found.push({ rule: 'locked', option: option.id, message: `is locked behind principle ${option.unlockedBy.join(', ')}: no option may be locked; use strengthenedBy` });
    }
    if (hasEffects(option)) {
      if (!hasUpside(out)) found.push({ rule: 'noUpside', option: option.id, message: 'has effects but no upside: it only loses' });
      if (!hasCost(out)) found.push({ rule: 'noCost', option: option.id, message: 'has effects but no cost (tokens, trust, small print…): it only wins' });
    }
    for (const other of card.options) {
      if (other !== option && dominates(outcomes.get(other.id)!, out)) {
        found.push({ rule: 'dominated', option: option.id, message: `is dominated by option "${other.id}" (as good or better on every effect)` });
      }
    }
  }
  if (card.tension) {
    const [a, b] = card.tension.principles;
    const sideA = card.options.find((o) => o.strengthenedBy.includes(a));
    const sideB = card.options.find((o) => o !== sideA && o.strengthenedBy.includes(b));
    if (!sideA || !sideB) {
      const missing = !sideA ? a : b;
      found.push({
        rule: 'tensionSide',
        option: card.options[0]?.id ?? '-',
        message: `tension ${a} ↔ ${b}: no option (other than the other side's) is strengthened by principle ${missing}`,
      });
    }
  }
  return found;
}
