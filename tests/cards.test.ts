import { describe, expect, it } from 'vitest';
import { PRINCIPLE_EFFECTS } from '../shared/vocabulary.ts';
import { deckCounts } from '../shared/cards/assemble.ts';
import { loadDeck } from '../shared/cards/read-dir.ts';
import { MESSAGES } from '../shared/i18n/index.ts';
import { runScript } from './helpers/cli.ts';
import { deck } from './helpers/deck.ts';
import { readFileSync, readdirSync } from 'node:fs';

describe('the built-in deck', () => {
  it('parses without problems and has every card the rulebook asks for', () => {
    const counts = deckCounts(deck);
    expect(counts.principles).toBe(18);
    expect(counts.gedoe).toBeGreaterThanOrEqual(16);
    expect(counts.positiespel).toBeGreaterThanOrEqual(16);
    expect(counts.initiatives).toBeGreaterThanOrEqual(18);
    expect(counts.scenarios).toBe(2);
    const sizes = (s: string) => deck.initiatives.filter((i) => i.size === s).length;
    expect(sizes('small')).toBeGreaterThanOrEqual(6);
    expect(sizes('medium')).toBeGreaterThanOrEqual(8);
    expect(sizes('big')).toBeGreaterThanOrEqual(4);
  });

  it('gives principle N the effect of row N of the rulebook', () => {
    for (const p of deck.principles) expect(p.effect).toBe(PRINCIPLE_EFFECTS[p.number - 1]);
  });

  it('lets every initiative fit a location in some scenario', () => {
    const types = new Set(deck.scenarios.flatMap((s) => s.locations.map((l) => l.type)));
    for (const i of deck.initiatives) expect(i.locationTypes.some((t) => types.has(t)), i.id).toBe(true);
  });

  it('has 8–12 locations in each scenario, as the rulebook says', () => {
    for (const s of deck.scenarios) expect(s.locations.length).toBeGreaterThanOrEqual(8);
  });
});

// Each test starts a Node process; on a busy machine that takes longer than the default 5 seconds.
describe('npm run cards:check', { timeout: 60_000 }, () => {
  it('prints the counts and the option-rule report of the built-in deck as JSON, with no violation', () => {
    const { code, stdout, stderr } = runScript('cards-check.ts', ['--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      principles: 18, gedoe: deckCounts(deck).gedoe, positiespel: deckCounts(deck).positiespel,
      initiatives: deck.initiatives.length, scenarios: 2,
      lockedOptions: 0, dominatedOptions: 0, optionsWithoutUpsideOrCost: 0, untaggedCards: 0,
    });
    expect(report.tensionCards).toBeGreaterThanOrEqual(6);
    expect(report.positiveSmallPrintShare).toBeGreaterThanOrEqual(1 / 3);
    expect(report.positiveSmallPrintShare).toBeLessThanOrEqual(1);
    for (const theme of ['wonen', 'zorg', 'ouderen', 'jongeren', 'energie', 'groen', 'geld', 'overheid', 'vrijwilligers', 'inclusie']) {
      expect(report.themes[theme], theme).toBeGreaterThanOrEqual(1);
    }
    for (const id of ['het-dorp', 'de-stadswijk']) expect(report.perScenario[id].own, id).toBeGreaterThanOrEqual(4);
  });

  it('accepts a facilitator folder that only holds dilemma cards, extending the built-in deck', () => {
    const { code, stdout } = runScript('cards-check.ts', ['--dir', 'tests/fixtures/own-deck', '--json']);
    expect(code).toBe(0);
    const counts = JSON.parse(stdout);
    expect(counts.positiespel).toBe(deckCounts(deck).positiespel + 1);
    expect(counts.extra).toEqual({ principles: 0, gedoe: 0, positiespel: 1, initiatives: 0, scenarios: 0 });
  });

  it('names file, card and field for every problem in a broken deck, without a stack trace', () => {
    const { code, stderr } = runScript('cards-check.ts', ['--dir', 'tests/fixtures/broken-deck']);
    expect(code).not.toBe(0);
    const file = 'tests/fixtures/broken-deck/broken.yaml';
    expect(stderr).toContain(`${file}: geen-engels: title.en: missing translation`);
    expect(stderr).toMatch(new RegExp(`${file}: onbekend-effect: options\\.0\\.effects\\.0\\.type: .*tokens`));
    expect(stderr).toContain(`${file}: gerucht: id: duplicate: also defined in cards/dilemmas/gedoe.yaml`);
    expect(stderr).toContain(`${file}: cijfers-in-hint: options.0.hint: must say the consequences in words, without numbers`);
    expect(stderr).toMatch(new RegExp(`${file}: cijfers-in-hint: tags\\.1: `));
    expect(stderr).toContain(`${file}: onbekend-scenario: scenarios.de-camping: names no scenario of this deck`);
    expect(stderr).toMatch(new RegExp(`${file}: zwembad: locationTypes\\.0: `));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a file that is not valid YAML with its name', () => {
    const { problems } = loadDeck('tests/fixtures/not-a-folder');
    expect(problems.map((p) => p.message)).toContain('cannot be read');
  });
});

describe('translations', () => {
  it('has a Dutch and an English text for every rule error the engine can give', () => {
    const codes = new Set<string>();
    for (const dir of ['shared/engine', 'shared/cards']) {
      for (const f of readdirSync(dir)) {
        for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/fail\('(\w+)'/g)) codes.add(m[1]!);
      }
    }
    expect(codes.size).toBeGreaterThan(40);
    for (const code of codes) {
      expect(MESSAGES.nl.errors, code).toHaveProperty(code);
      expect(MESSAGES.en.errors, code).toHaveProperty(code);
    }
    expect(Object.keys(MESSAGES.en.errors).sort()).toEqual(Object.keys(MESSAGES.nl.errors).sort());
  });
});
