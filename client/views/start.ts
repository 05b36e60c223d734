// The start page: a facilitator creates a session, a participant joins with a code.
import type { Deck } from '../../shared/cards/schema.ts';
import { TUNING } from '../../shared/engine/tuning.ts';
import { h, render } from '../lib/dom.ts';
import { lang, local, setLanguage, tr, ui } from '../lib/i18n.ts';
import { rememberKey } from '../lib/net.ts';
import { languageSwitch, toast } from './parts.ts';
import { sessionSetup } from './sessionSetup.ts';

export function startView(root: HTMLElement, scenarios: Deck['scenarios']) {
  // Length, own cases: kept across redraws (a language switch must not lose a half-written case).
  const setup = sessionSetup();
  const draw = () => {
    setup.redraw();
    const code = h('input', { id: 'join-code', maxlength: 6, autocomplete: 'off', autocapitalize: 'characters', inputmode: 'text', required: true, placeholder: 'ABC234' });
    const scenario = h('select', { id: 'scenario' }, ...scenarios.map((s) => h('option', { value: s.id }, local(s.name))));
    const timers = h('select', { id: 'timers' }, h('option', { value: 'on' }, ui('start.timersOn')), h('option', { value: 'off' }, ui('start.timersOff')));
    const selfRun = h('input', { id: 'self-run', type: 'checkbox' });
    const deck = h('textarea', { id: 'deck', rows: 3, spellcheck: 'false' });
    const problems = h('ul', { class: 'problems', 'aria-live': 'polite' });
    const create = async (e: Event) => {
      e.preventDefault();
      // /?seed=N replays the same shuffles: for demonstrations that should go the same way twice.
      const seed = Number.parseInt(new URLSearchParams(location.search).get('seed') ?? '', 10);
      const kit = setup.settings(deck.value);
      if ('error' in kit) return void render(problems, h('li', {}, kit.error));
      const body = {
        ...(Number.isInteger(seed) && seed >= 0 ? { seed } : {}),
        scenario: scenario.value, language: lang(),
        timers: timers.value === 'on' ? {} : null, selfRun: selfRun.checked, ...kit.settings,
      };
      const res = await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const answer = await res.json().catch(() => ({}));
      if (!res.ok) {
        toast(tr(`errors.${answer.error ?? 'generic'}`), 'error');
        render(problems, ...(answer.problems ?? []).map((p: string) => h('li', {}, p)));
        return;
      }
      rememberKey(answer.code, answer.key);
      location.assign(body.selfRun ? `/join/${answer.code}` : `/facilitate/${answer.code}`);
    };
    render(root, h('main', { class: 'start' },
      h('header', { class: 'start-header' }, h('h1', {}, ui('appTitle')), languageSwitch(() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); })),
      h('p', { class: 'tagline' }, ui('tagline')),
      h('div', { class: 'start-columns' },
        h('form', { class: 'card-form', onsubmit: (e: Event) => { e.preventDefault(); location.assign(`/join/${code.value.trim().toUpperCase()}`); } },
          h('h2', {}, ui('start.join')), h('p', {}, ui('start.joinHelp')),
          h('label', { for: 'join-code' }, ui('start.code')), code,
          h('button', { type: 'submit', class: 'primary big' }, ui('start.joinButton'))),
        h('form', { class: 'card-form', onsubmit: create },
          h('h2', {}, ui('start.facilitate')), h('p', {}, ui('start.facilitateHelp')),
          h('p', { id: 'team-limit' }, ui('start.teamLimit', { max: TUNING.maxTeams })),
          h('label', { for: 'scenario' }, ui('start.scenario')), scenario,
          setup.fields,
          h('label', { for: 'timers' }, ui('start.timers')), timers,
          h('label', { class: 'check' }, selfRun, ui('start.selfRun')),
          h('label', { for: 'deck' }, ui('start.deck')), deck, problems,
          h('button', { type: 'submit', class: 'primary big', id: 'create-session' }, ui('start.create')))),
      setup.ownCases));
  };
  draw();
}
