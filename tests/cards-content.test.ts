// The built-in deck's content: texts the review asked to change are gone, cards fit their scenario, talking
// options are marked, reflection questions are open, and principle texts stay with their paragraphs.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import { createGame } from '../shared/engine/index.ts';
import type { Deck, LocalText } from '../shared/cards/schema.ts';
import { deck } from './helpers/deck.ts';

const cardFiles = ['cards/principles.yaml', 'cards/initiatives.yaml', ...readdirSync('cards/dilemmas').map((f) => `cards/dilemmas/${f}`)];
const cardText = cardFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
const nlUi = readFileSync('shared/i18n/nl.json', 'utf8');
const enUi = readFileSync('shared/i18n/en.json', 'utf8');

/** Every text a player of this deck can read, in one language. */
function textsOf(d: Deck, lang: 'nl' | 'en'): string[] {
  const t = (x: LocalText | undefined) => (x ? [x[lang]] : []);
  return [
    ...d.dilemmas.flatMap((c) => [...t(c.title), ...t(c.situation), ...t(c.reflection), ...c.options.flatMap((o) => [...t(o.label), ...t(o.hint)])]),
    ...d.initiatives.flatMap((i) => [...t(i.title), ...t(i.text)]),
  ];
}

describe('texts the review listed are gone in their old form', () => {
  // Old text → what it became (the review of the seed and the deck, in Dutch and English).
  const gone: [string, string, string][] = [
    ['card text', 'voelen zich niet vertrouwd', cardText],
    ['card text', 'alle groen', cardText],
    ['card text', 'open staan', cardText],
    ['card text', 'gevoelde nood', cardText],
    ['card text', 'welke waarde je maakt', cardText],
    ['card text', 'houdt inspraak', cardText],
    ['card text', 'laat het los', cardText],
    ['card text', 'Wordt slimmer', cardText],
    ['card text', 'Verbindt mensen', cardText],
    ['card text', 'heterogone', cardText],
    ['card text', 'teveel', cardText],
    ['card text', 'schoon maken', cardText],
    ['card text', 'buurtzorg', cardText],
    ['card text', 'Past de manier', cardText],
    ['card text', 'Kan grond', cardText],
    ['card text', 'niet verzekerd', cardText],
    ['card text', 'vergunning', cardText],
    ['card text', 'care insurer', cardText],
    ['card text', 'own their neighbourhood', cardText],
    ['card text', 'short lines', cardText],
    ['card text', 'let it go', cardText],
    ['card text', 'Let it go', cardText],
    ['Dutch UI', '"middel"', nlUi],
    ['Dutch UI', 'erealiseerd', nlUi],
    ['Dutch UI', ': "Debrief', nlUi],
    ['Dutch UI', 'waarde maken', nlUi],
    ['Dutch UI', 'open staan', nlUi],
    ['English UI', 'care insurer', enUi],
  ];
  it.each(gone)('%s: "%s"', (_where, old, text) => expect(text).not.toContain(old));

  it('explains "right to challenge" where it is used', () => {
    const card = deck.dilemmas.find((d) => d.options.some((o) => o.label.nl.includes('right to challenge')))!;
    const option = card.options.find((o) => o.label.nl.includes('right to challenge'))!;
    expect(option.hint.nl).toContain('recht om uit te dagen');
    expect(option.hint.en).toContain('take over a task from the municipality');
  });
});

describe('each scenario', () => {
  const stad = deckForScenario(deck, 'de-stadswijk');
  const dorp = deckForScenario(deck, 'het-dorp');

  it('De Stadswijk never says "dorp" (village), in Dutch or English', () => {
    expect(textsOf(dorp, 'nl').filter((t) => /dorp/i.test(t)).length).toBeGreaterThan(5);
    for (const text of textsOf(stad, 'nl')) expect(text).not.toMatch(/dorp/i);
    for (const text of textsOf(stad, 'en')) expect(text).not.toMatch(/villag/i);
  });

  it('De Stadswijk offers no new use for its house of worship, which is in use', () => {
    expect(stad.initiatives.map((i) => i.id)).not.toContain('herbestemming-kerk');
    const onWorship = stad.initiatives.filter((i) => i.locationTypes.includes('kerk'));
    for (const i of onWorship) expect(`${i.title.nl} ${i.text.nl}`).not.toMatch(/bestemming|kerk|woningen/i);
  });

  it('shows village wording in Het Dorp where the two differ', () => {
    expect(dorp.dilemmas.find((d) => d.id === 'jongeren-op-het-plein')!.title.nl).toBe('Jongeren bij de bushalte');
    expect(stad.dilemmas.find((d) => d.id === 'jongeren-op-het-plein')!.title.nl).toBe('Jongeren op het plein');
    expect(dorp.initiatives.find((i) => i.id === 'laatste-cafe')!.text.nl).toContain('hart van het dorp');
    expect(stad.initiatives.find((i) => i.id === 'laatste-cafe')!.text.nl).toContain('hart van de wijk');
  });

  it('has cards of its own that the other scenario does not get', () => {
    const only = (a: Deck, b: Deck) => a.dilemmas.filter((d) => !b.dilemmas.some((e) => e.id === d.id)).map((d) => d.id);
    expect(only(dorp, stad)).toEqual(expect.arrayContaining(['boer-stopt', 'windmolens', 'kerk-sluit', 'jongerenwoningen-dorp']));
    expect(only(stad, dorp)).toEqual(expect.arrayContaining(['corporatie-geheim', 'renovatie-flats', 'onderzoeksmoeheid', 'gebedshuis-zaal']));
  });

  it('is what a game of that scenario plays, even from the whole deck (as the simulation gives it)', () => {
    const game = createGame(deck, { scenario: 'het-dorp', rounds: 5, language: 'nl' }, 7);
    expect(game.ok).toBe(true);
    if (!game.ok) return;
    expect([...game.value.dilemmaDeck].sort()).toEqual(dorp.dilemmas.map((d) => d.id).sort());
    expect([...game.value.initiativeDeck].sort()).toEqual(dorp.initiatives.map((i) => i.id).sort());
    expect(deckForScenario(dorp, 'het-dorp')).toEqual(dorp);
  });

  it('has enough dilemmas of each kind for a long session', () => {
    for (const d of [stad, dorp]) {
      for (const kind of ['gedoe', 'positiespel']) expect(d.dilemmas.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(16);
    }
  });
});

describe('the dilemma cards', () => {
  it('mark talking options, open to every team, on at least half of the cards', () => {
    const withTalk = deck.dilemmas.filter((d) => d.options.some((o) => o.talk));
    expect(withTalk.length).toBeGreaterThanOrEqual(deck.dilemmas.length / 2);
    for (const d of deck.dilemmas) for (const o of d.options) expect(o.unlockedBy, `${d.id}.${o.id}`).toBeUndefined();
  });

  it('ask open reflection questions, not yes/no ones', () => {
    for (const d of deck.dilemmas) {
      for (const q of [d.reflection.nl, ...Object.values(d.variants ?? {}).flatMap((v) => (v.reflection ? [v.reflection.nl] : []))]) {
        expect(q, d.id).toMatch(/^(Hoe|Wat|Wie|Welk|Welke|Waar|Wanneer|Waarom|Hoeveel|Van wie)\b/);
      }
    }
  });

  it('keep effects within the range the balance was measured with', () => {
    // A dilemma's choice must matter (always the same option loses), yet no single card decides the game:
    // Vertrouwen moves at most 2, community power at most 4, tokens at most 6, income at most 3 a round.
    for (const d of deck.dilemmas) {
      for (const o of d.options) {
        for (const e of [...o.effects, ...o.hidden]) {
          if (e.type === 'vertrouwen') expect(Math.abs(e.delta), `${d.id}.${o.id}`).toBeLessThanOrEqual(2);
          if (e.type === 'cp') expect(Math.abs(e.delta), `${d.id}.${o.id}`).toBeLessThanOrEqual(4);
          if (e.type === 'tokens' || e.type === 'allTeams' || e.type === 'income') {
            for (const n of Object.values(e.delta)) expect(Math.abs(n!), `${d.id}.${o.id}`).toBeLessThanOrEqual(e.type === 'income' ? 3 : 6);
          }
        }
      }
    }
  });

  it('cover the themes the review found missing', () => {
    const has = (id: string) => expect(deck.dilemmas.some((d) => d.id === id), id).toBe(true);
    // ouderen and the limit of volunteer help; who is not at the table; paid staff and volunteers; a trekker who
    // won't let go; the housing association; one budget; research fatigue; AVG/VOG/ANBI; grid congestion; members.
    for (const id of ['ouderen-grens', 'wie-zit-er-niet', 'betaald-of-vrijwillig', 'trekker-laat-niet-los', 'corporatie-geheim',
      'renovatie-flats', 'een-budget', 'onderzoeksmoeheid', 'vog-en-avg', 'anbi-fonds', 'netcongestie', 'ledenvergadering']) has(id);
  });
});

describe('principle texts stay with their paragraph', () => {
  const short = (n: number) => deck.principles.find((p) => p.number === n)!.short.nl;
  it('3 keeps social value and less inequality', () => {
    expect(short(3)).toContain('samenleving');
    expect(short(3)).toContain('minder ongelijkheid');
  });
  it('4 is about connecting as people and starting with a few, not about climate', () => {
    expect(short(4)).not.toMatch(/klimaat/);
    expect(short(4)).toContain('als mens');
    expect(short(4)).toContain('een paar mensen');
  });
  it('9 does not add "not depending on one person"', () => expect(short(9)).not.toContain('één persoon'));
  it('17 is about being open about your own interests', () => {
    expect(short(17)).toContain('je eigen belangen');
    expect(short(17)).not.toContain('kleine lettertjes');
  });
});
