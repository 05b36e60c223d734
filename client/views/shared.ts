// Content both the projector and the team view show: the celebration in Vieren & Leren and the end result.
import type { Deck } from '../../shared/cards/schema.ts';
import { h, icon } from '../lib/dom.ts';
import { local, ui } from '../lib/i18n.ts';
import { ICONS } from '../lib/icons.ts';
import type { GameModel } from '../lib/model.ts';

export function celebrationBanner(g: GameModel, deck: Deck) {
  const realised = Object.values(g.projects).filter((p) => p.realisedRound === g.round && p.realised);
  if (realised.length === 0) return null;
  return h('section', { class: 'celebration', 'aria-live': 'polite' },
    h('h2', {}, icon(ICONS.sparkles), ui('celebrate.title')),
    ...realised.map((p) => {
      const teams = Object.keys(p.funders).map((id) => g.teams[id]?.name).filter(Boolean).join(', ');
      return h('p', {}, h('b', {}, local(deck.initiatives.find((i) => i.id === p.initiative)!.title)), ' ', ui('celebrate.by', { teams: teams || (g.teams[p.trekker]?.name ?? '') }), ` · +${p.cp}`);
    }));
}

export function endSummary(g: GameModel) {
  const result = g.result ? (JSON.parse(g.result) as { won: boolean; cp: number; target: number; domains: number }) : null;
  if (!result) return null;
  return h('section', { class: `end ${result.won ? 'won' : 'not-won'}` },
    h('h2', {}, result.won ? ui('end.won') : ui('end.notWon')),
    h('p', {}, ui('end.summary', { cp: result.cp, target: result.target, domains: result.domains })));
}
