// Counted words through Intl.PluralRules: "1 kaart", "2 kaarten" (keys ui.count.NAME.one / .other).
import { lang, ui } from './i18n.ts';

const rules = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

export function count(name: string, n: number, params: Record<string, string | number> = {}): string {
  const form = rules[lang()].select(n);
  const key = `count.${name}.${form}`;
  const text = ui(key, { n, ...params });
  return text === `ui.${key}` ? ui(`count.${name}.other`, { n, ...params }) : text;
}
