// The dilemma card: situation, options, "voted" marks while votes come in, then every team's choice side by side.
import type { Deck, Dilemma } from '../../shared/cards/schema.ts';
import { h, icon } from '../lib/dom.ts';
import { local, ui } from '../lib/i18n.ts';
import { ICONS } from '../lib/icons.ts';
import { describeEffects } from '../lib/effects.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import { cardTitle, teamBadge, tokenChips } from './parts.ts';

export interface VoteControls {
  /** option → principles allowed with it (null: no card needed); from the team's legal actions. */
  legal: Record<string, (number | null)[]>;
  myVote: { option: string; principle: number } | null;
  vote(option: string, principle: number | null): void;
}

/** compact: once the votes are revealed, the situation gives way to the choices (the projector's space). */
export function dilemmaPanel(g: GameModel, deck: Deck, controls?: VoteControls, { compact = false } = {}) {
  const d = g.dilemma;
  if (!d) return null;
  const card = deck.dilemmas.find((c) => c.id === d.card);
  if (!card) return null;
  const target = d.initiative ? deck.initiatives.find((i) => i.id === d.initiative) : null;
  const teams = teamsInOrder(g).filter((t) => d.targets.includes(t.id));
  return h('section', { class: `dilemma ${card.kind}`, 'aria-label': ui('dilemma.title') },
    h('div', { class: 'dilemma-kind' }, card.kind === 'gedoe' ? 'Gedoe' : 'Positiespel'),
    h('h2', {}, local(card.title)),
    compact && d.revealed ? null : h('p', { class: 'situation' }, local(card.situation)),
    target ? h('p', { class: 'muted' }, `→ ${local(target.title)}`) : null,
    compact && d.revealed ? null : h('div', { class: 'targets' }, ...teams.map((t) => h('span', { class: `target${d.voted.includes(t.id) ? ' voted' : ''}` },
      teamBadge(t), d.voted.includes(t.id) ? icon(ICONS.check, ui('status.voted')) : null))),
    d.revealed ? reveal(card, g) : options(card, deck, controls),
    !d.revealed ? h('p', { class: 'muted' }, ui('dilemma.votedMarks', { n: d.voted.length, total: d.targets.length })) : null);
}

function options(card: Dilemma, deck: Deck, controls?: VoteControls) {
  return h('ol', { class: 'options' }, ...card.options.map((o) => {
    const allowed = controls?.legal[o.id] ?? [];
    const chosen = controls?.myVote?.option === o.id;
    return h('li', { class: `option${chosen ? ' chosen' : ''}` },
      h('div', { class: 'option-label' }, local(o.label)),
      o.hint ? h('div', { class: 'option-hint' }, local(o.hint)) : null,
      o.effects.length ? h('div', { class: 'option-effects' }, describeEffects(o.effects)) : null,
      Object.keys(o.cost).length ? h('div', { class: 'option-cost' }, `${ui('dilemma.cost')}: `, tokenChips(o.cost, { showZero: false })) : null,
      controls ? h('div', { class: 'vote-buttons' }, ...allowed.map((p) => h('button', {
        type: 'button', class: p === null ? 'primary' : 'secondary',
        onclick: () => controls.vote(o.id, p),
      }, p === null ? ui('dilemma.vote') : `${ui('dilemma.vote')} + ${cardTitle(deck, p)}`))) : null);
  }));
}

function reveal(card: Dilemma, g: GameModel) {
  const teams = teamsInOrder(g);
  return h('div', { class: 'reveal' },
    h('h3', {}, ui('dilemma.reveal')),
    h('div', { class: 'reveal-grid' }, ...(g.dilemma?.choices ?? []).map((c) => {
      const team = teams.find((t) => t.id === c.team) ?? g.teams[c.team];
      const option = card.options.find((o) => o.id === c.option);
      return h('div', { class: 'reveal-card', style: `border-top-color:${team?.colour ?? '#999'}` },
        team ? teamBadge(team) : c.team,
        h('div', { class: 'reveal-option' }, option ? local(option.label) : c.option),
        option?.effects.length ? h('div', { class: 'option-effects' }, describeEffects(option.effects)) : null,
        c.principle ? h('div', { class: 'muted' }, `+ ${c.principle}`) : null,
        c.defaulted ? h('div', { class: 'muted' }, ui('dilemma.defaulted')) : null);
    })),
    h('p', { class: 'reflection' }, h('b', {}, `${ui('dilemma.reflection')}: `), local(card.reflection)));
}
