// Turns the synced game into what the board draws. Pure: tested without a canvas.
import type { Deck } from '../../shared/cards/schema.ts';
import type { BoardModel } from '../board/Board.ts';
import { progress } from '../lib/format.ts';
import type { GameModel } from '../lib/model.ts';

export function boardModel(g: GameModel, deck: Deck, language: 'nl' | 'en', ui: { highlight?: string[]; selected?: string | null; reducedMotion?: boolean } = {}): BoardModel {
  const scenario = deck.scenarios.find((s) => s.id === g.scenario);
  const initiatives = new Map(deck.initiatives.map((i) => [i.id, i]));
  return {
    locations: (scenario?.locations ?? []).map((l) => ({ id: l.id, name: l.name[language], type: l.type, x: l.x, y: l.y })),
    projects: Object.values(g.projects).map((p) => {
      const card = initiatives.get(p.initiative);
      const trekker = g.teams[p.trekker];
      return {
        location: p.location,
        title: card ? card.title[language] : p.initiative,
        colour: trekker?.colour ?? '#999999',
        icon: trekker?.icon ?? 'star',
        cofunders: Object.keys(p.funders).filter((id) => id !== p.trekker && (p.funders[id] ?? 0) > 0).map((id) => g.teams[id]?.colour ?? '#999999'),
        progress: p.realised ? 1 : card ? progress(p.paid, card.cost) : 0,
        realised: p.realised,
        overgenomen: p.overgenomen,
        paused: p.pausedRound === g.round && !p.realised,
      };
    }),
    highlight: ui.highlight ?? [],
    selected: ui.selected ?? null,
    reducedMotion: ui.reducedMotion ?? false,
  };
}
