// The page's language (NL default, EN), remembered in the browser.
import { t } from '../../shared/i18n/index.ts';
import type { Language } from '../../shared/vocabulary.ts';

const KEY = 'gk.language';
// Outside a browser (the connection code is also used by tests in Node) there is no storage: Dutch.
const storage = typeof localStorage === 'undefined' ? null : localStorage;
let language: Language = storage?.getItem(KEY) === 'en' ? 'en' : 'nl';

export const lang = () => language;

export function setLanguage(next: Language) {
  language = next;
  storage?.setItem(KEY, next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/**
 * A device that never picked a language itself speaks the session's: a tablet joining an English session shows
 * English at once. A device's own choice (the language switch) always wins.
 */
export function followSession(sessionLanguage: string) {
  if (storage?.getItem(KEY)) return;
  language = sessionLanguage === 'en' ? 'en' : 'nl';
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** A UI string in the current language. */
export const ui = (key: string, params?: Record<string, string | number>) => t(language, `ui.${key}`, params);
/** Any translation key (errors.*, tokens.*, phases.*). */
export const tr = (key: string, params?: Record<string, string | number>) => t(language, key, params);
/** Card text in the current language. */
export const local = (text: { nl: string; en: string }) => text[language];

if (typeof document !== 'undefined') document.documentElement.lang = language;
