// The deck choice: built-in dilemmas in or out of play, by theme or one by one, with how many are left.
// Used on the start page (before the session) and in the console (before a round).
import { html, type TemplateResult } from 'lit-html';
import { t } from '../../shared/i18n/index.ts';
import { lang } from '../lib/i18n.ts';

export interface ChoiceCard {
  id: string;
  kind: string;
  title: { nl: string; en: string };
  tags?: string[];
}

export interface DeckChoice {
  cards: ChoiceCard[];
  /** Cards out of play. */
  out: Set<string>;
  /** Cards that cannot change any more, with why (played, open now). */
  fixed?: Map<string, 'played' | 'open'>;
  /** How many cards are left in the draw pile, when known (the console). */
  left?: number;
  change(out: Set<string>): void;
  /** Prefix for element ids: the start page and the console may both be on a page. */
  idPrefix: string;
}

const d = (key: string, params?: Record<string, string | number>) => t(lang(), `deckchoice.${key}`, params);
const NO_THEME = '—';
/** A theme's name in the page's language (the theme's own word until its translation exists). */
const themeName = (theme: string) => {
  const key = `ui.themes.${theme}`;
  const text = t(lang(), key);
  return text === key ? theme : text;
};

export function deckChoiceView(c: DeckChoice): TemplateResult {
  const free = c.cards.filter((card) => !c.fixed?.has(card.id));
  const themes = [...new Set(c.cards.flatMap((card) => (card.tags?.length ? card.tags : [NO_THEME])))].sort();
  const ofTheme = (theme: string) => free.filter((card) => (card.tags?.length ? card.tags.includes(theme) : theme === NO_THEME));
  const setTheme = (theme: string, inPlay: boolean) => {
    const out = new Set(c.out);
    for (const card of ofTheme(theme)) inPlay ? out.delete(card.id) : out.add(card.id);
    c.change(out);
  };
  const setCard = (id: string, inPlay: boolean) => {
    const out = new Set(c.out);
    inPlay ? out.delete(id) : out.add(id);
    c.change(out);
  };
  const inPlay = c.cards.filter((card) => !c.out.has(card.id)).length;
  return html`<details class="deck-choice" id="${c.idPrefix}deck-choice">
    <summary>${d('title')}: <span id="${c.idPrefix}deck-summary">${d('summary', { in: inPlay, all: c.cards.length })}${c.left === undefined ? '' : ` · ${d('left', { n: c.left })}`}</span></summary>
    <fieldset class="deck-themes"><legend>${d('themes')}</legend>
      ${themes.map((theme) => {
        const cards = ofTheme(theme);
        const allIn = cards.length > 0 && cards.every((card) => !c.out.has(card.id));
        return html`<label class="check"><input type="checkbox" id="${c.idPrefix}theme-${theme}" .checked=${allIn} ?disabled=${cards.length === 0}
          @change=${(e: Event) => setTheme(theme, (e.target as HTMLInputElement).checked)}>
          ${theme === NO_THEME ? d('noTheme') : themeName(theme)} (${cards.length})</label>`;
      })}
    </fieldset>
    <fieldset class="deck-cards"><legend>${d('cards')}</legend>
      ${c.cards.map((card) => {
        const fixed = c.fixed?.get(card.id);
        return html`<label class="check"><input type="checkbox" id="${c.idPrefix}card-${card.id}" .checked=${!c.out.has(card.id)} ?disabled=${Boolean(fixed)}
          @change=${(e: Event) => setCard(card.id, (e.target as HTMLInputElement).checked)}>
          ${card.title[lang()]} <span class="muted">(${card.kind}${card.tags?.length ? `: ${card.tags.map(themeName).join(', ')}` : ''}${fixed ? `; ${d(fixed)}` : ''})</span></label>`;
      })}
    </fieldset>
  </details>`;
}
