// Copies the engine's facilitator view into the synced schema, touching only what changed so that each
// patch carries just the change. The engine stays the one source of truth; this file holds no rules.
import type { ArraySchema, MapSchema } from '@colyseus/schema';
import type { GameView } from '../../shared/engine/view.ts';
import { TOKEN_TYPES, type Tokens } from '../../shared/vocabulary.ts';
import {
  ChoiceSchema, DilemmaSchema, FacilitatorInfoSchema, ProjectSchema, TeamPrivateSchema, TeamSchema, TradeSchema,
  type GameSchema, type TokenSchema,
} from './schema.ts';

function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K]) {
  if (target[key] !== value) target[key] = value;
}

function syncTokens(target: TokenSchema, tokens: Tokens) {
  for (const type of TOKEN_TYPES) set(target, type, tokens[type]);
}

function syncArray<T extends string | number>(target: ArraySchema<T>, values: readonly T[]) {
  for (let i = 0; i < values.length; i++) {
    if (i >= target.length) target.push(values[i]!);
    else if (target[i] !== values[i]) target[i] = values[i]!;
  }
  while (target.length > values.length) target.pop();
}

/** Keeps a keyed map of schema items in step with a list: creates, updates and removes items. */
function syncMap<S, V>(target: MapSchema<S>, items: V[], key: (v: V) => string, create: () => S, update: (s: S, v: V) => void, onCreate?: (s: S) => void) {
  const keys = new Set(items.map(key));
  for (const k of [...target.keys()]) if (!keys.has(k)) target.delete(k);
  for (const item of items) {
    let s = target.get(key(item));
    if (!s) {
      s = create();
      update(s, item);
      target.set(key(item), s);
      onCreate?.(s);
    } else {
      update(s, item);
    }
  }
}

export interface MirrorHooks {
  /** A team's private data appeared: the server adds it to the StateViews that may see it. */
  onPrivateAdded(team: string, item: TeamPrivateSchema): void;
}

export function mirror(state: GameSchema, view: GameView, hooks: MirrorHooks) {
  set(state, 'phase', view.phase);
  set(state, 'round', view.round);
  set(state, 'rounds', view.rounds);
  set(state, 'paused', view.paused);
  set(state, 'cp', view.cp);
  set(state, 'target', view.target);
  set(state, 'vertrouwen', view.vertrouwen);
  syncArray(state.domains, view.domains);
  syncArray(state.market, view.market);
  set(state, 'principlesLeft', view.piles.principles);
  syncArray(state.principleDiscard, view.piles.principleDiscard);
  set(state, 'initiativesLeft', view.piles.initiatives);
  set(state, 'dilemmasLeft', view.piles.dilemmas);

  const voted = new Set(view.dilemma?.voted ?? []);
  syncMap(state.teams, view.teams, (t) => t.id, () => new TeamSchema(), (s, t) => {
    set(s, 'id', t.id);
    set(s, 'name', t.name);
    set(s, 'colour', t.colour);
    set(s, 'icon', t.icon);
    set(s, 'bot', t.bot ?? '');
    set(s, 'removed', t.removed);
    syncTokens(s.tokens, t.tokens);
    syncTokens(s.income, t.income);
    set(s, 'handCount', t.handCount);
    set(s, 'ready', t.ready);
    set(s, 'exhausted', t.exhausted);
    set(s, 'voted', voted.has(t.id));
    set(s, 'principlesThisRound', t.principlesThisRound);
    set(s, 'claimedThisRound', t.claimedThisRound);
    set(s, 'cp', t.cp);
    set(s, 'contributed', t.contributed);
  });

  const votes = view.dilemma?.votes ?? {};
  syncMap(state.privates, view.teams, (t) => t.id, () => new TeamPrivateSchema(), (s, t) => {
    set(s, 'team', t.id);
    syncArray(s.hand, t.hand ?? []);
    const vote = view.dilemma && !view.dilemma.revealed ? votes[t.id] : undefined;
    set(s, 'vote', vote?.option ?? '');
    set(s, 'votePrinciple', vote?.principle ?? 0);
    set(s, 'voteReason', vote?.reason ?? '');
    set(s, 'voteLocked', vote?.locked ?? false);
    if (!vote) set(s, 'voteBy', '');
  }, (s) => hooks.onPrivateAdded(s.team, s));

  syncMap(state.projects, view.projects, (p) => p.initiative, () => new ProjectSchema(), (s, p) => {
    set(s, 'initiative', p.initiative);
    set(s, 'location', p.location);
    set(s, 'trekker', p.trekker);
    syncTokens(s.paid, p.paid);
    for (const k of [...s.funders.keys()]) if (!(k in p.funders)) s.funders.delete(k);
    for (const [team, n] of Object.entries(p.funders)) if (s.funders.get(team) !== n) s.funders.set(team, n);
    set(s, 'claimedRound', p.claimedRound);
    set(s, 'realised', p.realised);
    set(s, 'realisedRound', p.realisedRound ?? 0);
    set(s, 'overgenomen', p.overgenomen);
    set(s, 'pausedRound', p.pausedRound ?? 0);
    set(s, 'bonusCP', p.bonusCP);
    syncArray(s.extraDomains, p.extraDomains);
    set(s, 'cp', p.cp);
  });

  mirrorDilemma(state, view);

  const trades = view.trades;
  if (state.trades.length !== trades.length || trades.some((t, i) => state.trades[i]?.id !== t.id)) {
    state.trades.clear();
    for (const t of trades) {
      const s = new TradeSchema();
      s.id = t.id;
      s.from = t.from;
      s.to = t.to;
      syncTokens(s.give, t.give);
      syncTokens(s.want, t.want);
      state.trades.push(s);
    }
  }

  const history = JSON.stringify(view.history);
  set(state, 'history', history);
  set(state, 'closing', JSON.stringify(view.closing));
  set(state, 'result', view.result ? JSON.stringify(view.result) : '');

  let info = state.facilitator.get('f');
  if (!info) {
    info = new FacilitatorInfoSchema();
    state.facilitator.set('f', info);
  }
  syncArray(info.dilemmaChoices, view.dilemmaChoices ?? []);
}

function mirrorDilemma(state: GameSchema, view: GameView) {
  const d = view.dilemma;
  if (!d) {
    if (state.dilemma) state.dilemma = undefined;
    return;
  }
  if (!state.dilemma || state.dilemma.card !== d.card) state.dilemma = new DilemmaSchema();
  const s = state.dilemma;
  set(s, 'card', d.card);
  syncArray(s.targets, d.targets);
  set(s, 'initiative', d.initiative ?? '');
  syncArray(s.voted, d.voted);
  set(s, 'revealed', d.revealed);
  set(s, 'outcomes', d.outcomes ? JSON.stringify(d.outcomes) : '');
  if (s.choices.length !== d.choices.length) {
    s.choices.clear();
    for (const c of d.choices) {
      const choice = new ChoiceSchema();
      choice.team = c.team;
      choice.option = c.option;
      choice.principle = c.principle ?? 0;
      choice.reason = c.reason;
      choice.defaulted = c.defaulted;
      choice.advice = c.advice;
      s.choices.push(choice);
    }
  }
}

/** The private data of one team's peeks (principle 11) is set by the room, which knows the seat. */
export function setPeek(state: GameSchema, team: string, peek: string[]) {
  const p = state.privates.get(team);
  if (p) syncArray(p.peek, peek);
}
