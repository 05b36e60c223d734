// The page's language (NL default, EN), remembered in the browser.
import { t } from '../../shared/i18n/index.ts';
import type { Language } from '../../shared/vocabulary.ts';

const KEY = 'gk.language';
let language: Language = (localStorage.getItem(KEY) as Language) === 'en' ? 'en' : 'nl';

export const lang = () => language;

export function setLanguage(next: Language) {
  language = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
}

/** A UI string in the current language. */
export const ui = (key: string, params?: Record<string, string | number>) => t(language, `ui.${key}`, params);
/** Any translation key (errors.*, tokens.*, phases.*). */
export const tr = (key: string, params?: Record<string, string | number>) => t(language, key, params);
/** Card text in the current language. */
export const local = (text: { nl: string; en: string }) => text[language];

document.documentElement.lang = language;
