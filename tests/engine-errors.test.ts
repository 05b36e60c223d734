// Every way the rules can say no has a text for the player, in Dutch and in English, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { RULE_ERRORS } from '../shared/engine/index.ts';
import { MESSAGES } from '../shared/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule error codes', () => {
  it.each(RULE_ERRORS)('%s has an NL and an EN text with the same placeholders', (code) => {
    const nl = (MESSAGES.nl.errors as Record<string, string>)[code];
    const en = (MESSAGES.en.errors as Record<string, string>)[code];
    expect(nl, `errors.${code} in nl.json`).toBeTruthy();
    expect(en, `errors.${code} in en.json`).toBeTruthy();
    expect(placeholders(en!)).toEqual(placeholders(nl!));
  });

  it('are each listed once', () => {
    expect(new Set(RULE_ERRORS).size).toBe(RULE_ERRORS.length);
  });
});
