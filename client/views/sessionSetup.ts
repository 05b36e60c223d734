// The facilitator's kit on the start page: the session's length (which sets rounds and timers through the plan),
// and own cases written in the form, which go into the new session's deck.
import { html, render } from 'lit-html';
import type { Dilemma } from '../../shared/cards/schema.ts';
import { t } from '../../shared/i18n/index.ts';
import { withOwnCases } from '../../shared/owncase/file.ts';
import { SESSION_LENGTHS, SESSION_MODES, sessionPlan, type SessionMode } from '../../shared/plan/plan.ts';
import { lang } from '../lib/i18n.ts';
import { deckChoiceView, type ChoiceCard } from './deckChoice.ts';
import { ownCaseForm } from './ownCaseForm.ts';
import './kit.css';

const DEFAULT_LENGTH = { full: 90, dilemmas: 45 } as const;

export interface SessionSetup {
  /** Fields inside the create form. */
  fields: HTMLElement;
  /** The own-case writer, outside the create form (a form of its own). */
  ownCases: HTMLElement;
  /** The settings these fields add to a new session's body, or an error text. */
  settings(deckText: string): { settings: Record<string, unknown> } | { error: string };
  redraw(): void;
}

export function sessionSetup(): SessionSetup {
  const fields = document.createElement('div');
  fields.className = 'session-setup';
  const ownCases = document.createElement('div');
  ownCases.className = 'card-form owncase-box';
  let mode: SessionMode = 'full';
  let length: number | null = DEFAULT_LENGTH.full;
  let rounds = 5;
  const cards: Dilemma[] = [];
  // The built-in dilemmas of the chosen scenario, and those the facilitator leaves out.
  let builtIn: (ChoiceCard & { scenarios: string[] | null })[] = [];
  let out = new Set<string>();
  const scenario = () => (document.getElementById('scenario') as HTMLSelectElement | null)?.value ?? '';
  const fitting = () => builtIn.filter((c) => !c.scenarios || c.scenarios.includes(scenario()));
  void fetch('/api/dilemmas').then((r) => r.json()).then((list) => {
    builtIn = list;
    drawFields();
  }).catch(() => {});
  document.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).id === 'scenario') drawFields();
  });

  const p = (key: string, params?: Record<string, string | number>) => t(lang(), `plan.${key}`, params);
  const drawFields = () => render(html`
    <label for="session-mode">${p('mode')}</label>
    <select id="session-mode" @change=${(e: Event) => { mode = (e.target as HTMLSelectElement).value as SessionMode; length = DEFAULT_LENGTH[mode]; drawFields(); }}>
      ${SESSION_MODES.map((m) => html`<option value=${m} ?selected=${m === mode}>${p(`mode.${m}`)}</option>`)}
    </select>
    <label for="session-length">${p('length')}</label>
    <select id="session-length" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; length = v ? Number(v) : null; drawFields(); }}>
      ${SESSION_LENGTHS[mode].map((n) => html`<option value=${n} ?selected=${n === length}>${p('lengthOption', { n, rounds: sessionPlan(mode, n).rounds })}</option>`)}
      ${mode === 'full' ? html`<option value="" ?selected=${length === null}>${t(lang(), 'ui.start.rounds')}</option>` : null}
    </select>
    ${length === null ? html`<label for="rounds">${t(lang(), 'ui.start.rounds')}</label>
      <select id="rounds" @change=${(e: Event) => { rounds = Number((e.target as HTMLSelectElement).value); }}>
        ${[3, 4, 5, 6, 7, 8].map((n) => html`<option value=${n} ?selected=${n === rounds}>${n}</option>`)}
      </select>` : null}
    ${builtIn.length ? deckChoiceView({ cards: fitting(), out, idPrefix: 'start-', change: (next) => { out = next; drawFields(); } }) : null}
    ${cards.length ? html`<p class="kit-own-title">${t(lang(), 'owncase.ownCards')}</p>
      <ul class="kit-cards" id="start-own-cards">${cards.map((c) => html`<li>${c.title.nl}</li>`)}</ul>` : null}`, fields);

  const drawForm = ownCaseForm(ownCases, {
    addLabel: () => t(lang(), 'owncase.addNew'),
    add: async (card) => {
      if (cards.some((c) => c.id === card.id)) return t(lang(), 'errors.duplicateCard');
      cards.push(card);
      drawFields();
      return null;
    },
  });

  drawFields();
  return {
    fields,
    ownCases,
    settings(deckText) {
      const deck = withOwnCases(deckText, cards);
      if ('error' in deck) return { error: deck.error };
      const leaveOut = fitting().filter((c) => out.has(c.id)).map((c) => c.id);
      return { settings: { ...(mode === 'full' ? {} : { mode }), ...(length ? { length } : { rounds }), ...(deck.text.trim() ? { deck: deck.text } : {}), ...(leaveOut.length ? { leaveOut } : {}) } };
    },
    redraw() {
      drawFields();
      drawForm();
    },
  };
}
