// The rulebook's option rules (docs/rules.md) and deck minimums: the pure checks in shared/cards/, and cards:check failing on a
// facilitator deck that breaks them, naming file, card and option.
import { describe, expect, it } from 'vitest';
import { deckCompleteness, deckReport } from '../shared/cards/deck-report.ts';
import { dominates, isGoodNews, optionOutcome, optionViolations } from '../shared/cards/option-rules.ts';
import { loadDeck, readDeckParts } from '../shared/cards/read-dir.ts';
import { Dilemma, type Deck } from '../shared/cards/schema.ts';
import { runScript } from './helpers/cli.ts';
import { deck as builtIn } from './helpers/deck.ts';

const FIXTURE = 'tests/fixtures/rule-breaking-deck';
const FILE = `${FIXTURE}/options.yaml`;
const fixtureCards = readDeckParts(FIXTURE).parts[0]!.deck.dilemmas;
const card = (id: string) => fixtureCards.find((d) => d.id === id)!;

const option = (o: Partial<Parameters<typeof optionOutcome>[0]>) => ({ effects: [], hidden: [], cost: {}, ...o });

describe('an option as an outcome', () => {
  it('nets its cost against its token effects and counts the small print', () => {
    const out = optionOutcome(option({
      effects: [{ type: 'tokens', delta: { handen: 1, geld: 2 } }, { type: 'vertrouwen', delta: 1 }],
      hidden: [{ type: 'cp', delta: -1 }],
      cost: { handen: 2 },
    }));
    expect(out).toEqual({ 'tokens.handen': -1, 'tokens.geld': 2, vertrouwen: 1, cp: -1 });
  });

  it('keeps income, tokens for all teams and own tokens apart, and makes exhaustion, pausing and co-opting costs', () => {
    const out = optionOutcome(option({
      effects: [
        { type: 'income', delta: { handen: 1 } }, { type: 'allTeams', delta: { handen: 1 } }, { type: 'tokens', delta: { handen: 1 } },
        { type: 'exhaust' }, { type: 'pause' }, { type: 'coopt' }, { type: 'draw', count: 2 }, { type: 'discard', count: 1 },
      ],
    }));
    expect(out).toEqual({ 'income.handen': 1, 'allTeams.handen': 1, 'tokens.handen': 1, rested: -1, running: -1, control: -1, cards: 1 });
  });

  it('leaves out what cancels out, so a token paid and got back is no effect', () => {
    expect(optionOutcome(option({ effects: [{ type: 'tokens', delta: { handen: 1 } }], cost: { handen: 1 } }))).toEqual({});
  });
});

describe('dominance', () => {
  it('holds when an option is as good on every dimension and better on one', () => {
    expect(dominates({ vertrouwen: 2, 'tokens.energie': -1 }, { vertrouwen: 1, 'tokens.energie': -1 })).toBe(true);
    expect(dominates({ cp: 1 }, {})).toBe(true);
  });
  it('does not hold between equal options or options that trade one thing for another', () => {
    expect(dominates({ cp: 1 }, { cp: 1 })).toBe(false);
    expect(dominates({ cp: 2, vertrouwen: -1 }, { cp: 1 })).toBe(false);
    expect(dominates({}, {})).toBe(false);
  });
});

describe('small print', () => {
  it('is good news only when it helps and costs nothing', () => {
    expect(isGoodNews([{ type: 'tokens', delta: { geld: 1 } }])).toBe(true);
    expect(isGoodNews([{ type: 'coopt' }])).toBe(false);
    expect(isGoodNews([{ type: 'cp', delta: 1 }, { type: 'vertrouwen', delta: -1 }])).toBe(false);
  });
});

describe('the option rules of one card', () => {
  const rulesOf = (id: string) => optionViolations(card(id)).map((v) => [v.rule, v.option]);

  it('refuse a locked option', () => expect(rulesOf('op-slot')).toEqual([['locked', 'fout']]));
  it('refuse an option with effects and no upside', () => expect(rulesOf('alleen-verlies')).toEqual([['noUpside', 'fout']]));
  it('refuse an option with effects and no cost, small print included', () => expect(rulesOf('alleen-winst')).toEqual([['noCost', 'fout']]));
  it('refuse an option another option dominates', () => expect(rulesOf('gedomineerd')).toEqual([['dominated', 'fout']]));
  it('refuse a tension card whose second principle strengthens no side', () => {
    expect(rulesOf('halve-spanning')).toEqual([['tensionSide', 'fout']]);
    expect(optionViolations(card('halve-spanning'))[0]!.message).toContain('principle 10');
  });

  it('accept a conversation card: options without effects need no upside or cost', () => {
    const talk = Dilemma.parse({
      id: 'gesprek', kind: 'gedoe', tags: ['inclusie'],
      title: { nl: 'Gesprek', en: 'Talk' }, situation: { nl: 'Een vraag.', en: 'A question.' }, target: { kind: 'all' },
      options: [
        { id: 'a', label: { nl: 'Ja', en: 'Yes' }, hint: { nl: 'Zeg ja.', en: 'Say yes.' } },
        { id: 'b', label: { nl: 'Nee', en: 'No' }, hint: { nl: 'Zeg nee.', en: 'Say no.' } },
      ],
      default: 'a', reflection: { nl: 'Waarom?', en: 'Why?' },
    });
    expect(optionViolations(talk)).toEqual([]);
  });

  it('find nothing wrong in the built-in deck', () => {
    for (const d of builtIn.dilemmas) expect(optionViolations(d), d.id).toEqual([]);
  });
});

describe('npm run cards:check on a deck that breaks the option rules', () => {
  const { code, stdout, stderr } = runScript('cards-check.ts', ['--dir', FIXTURE, '--json']);

  it('fails, naming file, card and option for every broken rule', () => {
    expect(code).toBe(1);
    expect(stderr).toContain(`${FILE}: op-slot: options.fout: is locked behind principle 8`);
    expect(stderr).toContain(`${FILE}: alleen-verlies: options.fout: has effects but no upside`);
    expect(stderr).toContain(`${FILE}: alleen-winst: options.fout: has effects but no cost`);
    expect(stderr).toContain(`${FILE}: gedomineerd: options.fout: is dominated by option "goed"`);
    expect(stderr).toContain(`${FILE}: halve-spanning: options.fout: tension 8 ↔ 10`);
    expect(stderr).not.toMatch(/options\.(goed|doen)/);
  });

  it('still reports the counts, so a facilitator sees how far off the deck is', () => {
    expect(JSON.parse(stdout)).toMatchObject({ lockedOptions: 1, dominatedOptions: 1, optionsWithoutUpsideOrCost: 2 });
  });

  it('refuses such a deck for a game too (the loader uses the same checks)', () => {
    const { problems } = loadDeck(FIXTURE);
    expect(problems.filter((p) => p.file === FILE).map((p) => `${p.card} ${p.field}`).sort()).toEqual([
      'alleen-verlies options.fout', 'alleen-winst options.fout', 'gedomineerd options.fout', 'halve-spanning options.fout', 'op-slot options.fout',
    ]);
  });
});

describe('the deck minimums', () => {
  const small: Deck = { ...builtIn, dilemmas: fixtureCards };
  const problems = deckCompleteness(small, deckReport(small), 'klein.yaml');
  const about = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);

  it('want at least 16 cards of each kind', () => {
    expect(about('dilemmas')).toEqual([
      '4 gedoe cards; a deck needs at least 16', '1 positiespel cards; a deck needs at least 16',
    ]);
  });
  it('want at least 6 tension cards', () => expect(about('tension')).toEqual(['1 tension cards; a deck needs at least 6']));
  it('want every required theme', () => {
    expect(about('tags')).toEqual(['no card is about wonen, zorg, ouderen, jongeren, energie, groen, overheid, inclusie']);
  });
  it('want at least 4 cards of its own per scenario', () => {
    expect(about('scenarios')).toEqual([
      'scenario de-stadswijk has 0 cards of its own; it needs at least 4',
      'scenario het-dorp has 0 cards of its own; it needs at least 4',
    ]);
  });
  it('want a third of the positiespel small print to be good news', () => {
    const gloomy = builtIn.dilemmas.map((d) => ({ ...d, options: d.options.map((o) => (o.hidden.length ? { ...o, hidden: [{ type: 'coopt' as const }] } : o)) }));
    const deck = { ...builtIn, dilemmas: gloomy };
    expect(deckCompleteness(deck).map((p) => p.field)).toEqual(['hidden']);
    expect(deckReport(deck).positiveSmallPrintShare).toBe(0);
  });
  it('are all met by the built-in deck', () => expect(deckCompleteness(builtIn)).toEqual([]));
  it('name the file they are about', () => expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['klein.yaml'])));
});
