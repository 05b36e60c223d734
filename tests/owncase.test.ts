// Own cases without YAML: the form's fields become a card the card schema accepts, problems land beside their
// field, and a downloaded case uploads again unchanged.
import { describe, expect, it } from 'vitest';
import { t } from '../shared/i18n/index.ts';
import { cardToForm, checkForm, emptyForm, ownCardId } from '../shared/owncase/form.ts';
import { ownCasesYaml, readOwnCases, withOwnCases } from '../shared/owncase/file.ts';
import { conversationCase } from './helpers/owncase.ts';

describe('the own-case form', () => {
  it('makes a conversation card without effects that the card schema accepts, Dutch for both languages', () => {
    const result = checkForm(conversationCase());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.card.id).toBe('eigen-de-buurtmoestuin-en-het-hek');
    expect(result.card.target).toEqual({ kind: 'all' });
    expect(result.card.options.map((o) => [o.id, o.effects])).toEqual([['a', []], ['b', []]]);
    expect(result.card.title).toEqual({ nl: 'De buurtmoestuin en het hek', en: 'De buurtmoestuin en het hek' });
  });

  it('turns simple effects picked from lists into card effects', () => {
    const form = conversationCase();
    form.options[0]!.effects = [{ kind: 'handen', amount: -1 }, { kind: 'vertrouwen', amount: 1 }];
    form.kind = 'positiespel';
    const result = checkForm(form);
    expect(result.ok && result.card.options[0]!.effects).toEqual([{ type: 'tokens', delta: { handen: -1 } }, { type: 'vertrouwen', delta: 1 }]);
  });

  it('refuses a broken card and says which field is wrong, in words a facilitator reads', () => {
    const form = conversationCase();
    form.title = '';
    form.situation = 'woord '.repeat(61);
    form.options[1]!.hint = ' ';
    const result = checkForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.problems.map((p) => [p.field, p.key ? t('nl', p.key, p.params) : p.message]));
    expect(byField).toEqual({ title: 'Vul dit in.', situation: 'Hoogstens 60 woorden.', 'option-1-hint': 'Vul dit in.' });
    const one = { ...conversationCase(), options: [conversationCase().options[0]!] };
    const fewer = checkForm(one);
    expect(!fewer.ok && fewer.problems).toEqual([expect.objectContaining({ field: 'options', key: 'owncase.error.fewOptions' })]);
  });

  it('keeps ids short and plain', () => {
    expect(ownCardId('Één café — of twee?')).toBe('eigen-een-cafe-of-twee');
    expect(ownCardId('x'.repeat(80))).toHaveLength(48);
    expect(ownCardId('!!!')).toBe('eigen-casus');
  });
});

describe('an own case as a file', () => {
  it('uploads again unchanged: the same card, the same form, the same file', () => {
    const form = conversationCase();
    form.options.push({ label: 'Eerst een buurtavond', hint: 'Kost een avond, iedereen praat mee', effects: [{ kind: 'energie', amount: -1 }, { kind: 'vertrouwen', amount: 2 }] });
    const checked = checkForm(form);
    if (!checked.ok) throw new Error('form should be valid');
    const file = ownCasesYaml([checked.card]);
    const uploaded = readOwnCases(file);
    expect(uploaded.problems).toEqual([]);
    expect(uploaded.cards).toEqual([checked.card]);
    expect(cardToForm(uploaded.cards[0]!)).toEqual(form);
    expect(ownCasesYaml(uploaded.cards)).toBe(file);
  });

  it('names the problems of a broken file and does not fill the form from a card it cannot show', () => {
    expect(readOwnCases('dilemmas: [{ id: x }]').problems.join('\n')).toContain('x: kind');
    expect(readOwnCases('dilemmas: [').problems[0]).toMatch(/^\(file\)/);
    const checked = checkForm(conversationCase());
    if (!checked.ok) throw new Error('form should be valid');
    expect(cardToForm({ ...checked.card, target: { kind: 'team', rule: 'most-cp' } })).toBeNull();
  });

  it('adds own cases to the deck text of a new session, keeping what was there', () => {
    const checked = checkForm(conversationCase());
    if (!checked.ok) throw new Error('form should be valid');
    const alone = withOwnCases('', [checked.card]);
    expect('text' in alone && readOwnCases(alone.text).cards).toEqual([checked.card]);
    const other = ownCasesYaml([{ ...checked.card, id: 'eigen-ander' }]);
    const both = withOwnCases(other, [checked.card]);
    expect('text' in both && readOwnCases(both.text).cards.map((c) => c.id)).toEqual(['eigen-ander', 'eigen-de-buurtmoestuin-en-het-hek']);
    expect(withOwnCases('dilemmas: [', [checked.card])).toHaveProperty('error');
  });
});

it('starts from an empty form with two options', () => {
  expect(emptyForm().options).toHaveLength(2);
});
