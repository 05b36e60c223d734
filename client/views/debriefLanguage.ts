// The debrief's card texts in the language the reader chose: the export carries them in the session's language
// (its files are read as they are), the page looks every card up again in the deck by its id.
import type { Deck, LocalText } from '../../shared/cards/schema.ts';
import type { Debrief } from '../../shared/debrief/build.ts';
import { local } from '../lib/i18n.ts';

export function inReadersLanguage(d: Debrief, deck: Deck): Debrief {
  const text = (found: { title?: LocalText } | undefined, fallback: string) => (found?.title ? local(found.title) : fallback);
  const principle = (n: number, fallback: string) => text(deck.principles.find((p) => p.number === n), fallback);
  const initiative = (id: string, fallback: string) => text(deck.initiatives.find((i) => i.id === id), fallback);
  const retitle = <T extends { title: string }>(tallies: Record<string, T>) =>
    Object.fromEntries(Object.entries(tallies).map(([n, tally]) => [n, { ...tally, title: principle(Number(n), tally.title) }]));
  return {
    ...d,
    scenario: { ...d.scenario, name: ((s) => (s ? local(s.name) : d.scenario.name))(deck.scenarios.find((s) => s.id === d.scenario.id)) },
    timeline: d.timeline.map((r) => {
      const card = r.dilemma ? deck.dilemmas.find((c) => c.id === r.dilemma!.id) : undefined;
      return {
        ...r,
        dilemma: r.dilemma && card ? { ...r.dilemma, title: local(card.title), reflection: local(card.reflection) } : r.dilemma,
        choices: r.choices.map((c) => {
          const option = card?.options.find((o) => o.id === c.option);
          return { ...c, label: option ? local(option.label) : c.label, principleTitle: c.principle ? principle(c.principle, c.principleTitle ?? '') : c.principleTitle };
        }),
        principles: r.principles.map((p) => ({ ...p, title: principle(p.principle, p.title) })),
        realised: r.realised.map((x) => ({ ...x, title: initiative(x.initiative, x.title) })),
      };
    }),
    initiatives: d.initiatives.map((i) => ({ ...i, title: initiative(i.initiative, i.title) })),
    principlesPlayed: retitle(d.principlesPlayed),
    principlesArgued: retitle(d.principlesArgued),
  };
}
