// Translations (Dutch first, English too) and the one function that fills them in.
import type { Language } from '../vocabulary.ts';
import type { RuleError } from '../engine/types.ts';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export const MESSAGES = { nl, en } as const;

/** A key is "section.name": the section is the first part, the name may contain dots itself (ui.start.join). */
function lookup(language: Language, key: string): string | undefined {
  const dot = key.indexOf('.');
  const section = (MESSAGES[language] as unknown as Record<string, Record<string, unknown>>)[key.slice(0, dot)];
  const text = section?.[key.slice(dot + 1)];
  return typeof text === 'string' ? text : undefined;
}

/** The text for a key with {placeholders} filled in; token names inside params are translated too. */
export function t(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(language, key) ?? lookup('nl', key) ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return lookup(language, `tokens.${value}`) ?? String(value);
  });
}

/** A rule refusal as the player reads it. */
export const explain = (language: Language, error: RuleError) => t(language, `errors.${error.code}`, error.params);
