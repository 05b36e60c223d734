// The start page: a participant joins with a code; a facilitator creates a session, with an own case beside it.
// lit-html, like the other screens: a language switch redraws the words and leaves every field as it was typed.
import { html, render } from 'lit-html';
import type { Deck } from '../../shared/cards/schema.ts';
import { TUNING } from '../../shared/engine/tuning.ts';
import { lang, local, setLanguage, tr, ui } from '../lib/i18n.ts';
import { rememberKey } from '../lib/net.ts';
import { languageSwitch, toast } from './parts.ts';
import { sessionSetup } from './sessionSetup.ts';

const field = <T extends HTMLElement>(form: HTMLFormElement, id: string) => form.querySelector<T>(`#${id}`)!;

export function startView(root: HTMLElement, scenarios: Deck['scenarios']) {
  // Length, deck choice, own cases: kept across redraws (a language switch must not lose a half-written case).
  const setup = sessionSetup();
  let problems: string[] = [];
  // A fresh mount point: lit keeps its own markers in it, whatever was on the page before (the loading bar).
  const mount = document.createElement('div');
  root.replaceChildren(mount);

  const join = (e: SubmitEvent) => {
    e.preventDefault();
    location.assign(`/join/${field<HTMLInputElement>(e.target as HTMLFormElement, 'join-code').value.trim().toUpperCase()}`);
  };
  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    // /?seed=N replays the same shuffles: for demonstrations that should go the same way twice.
    const seed = Number.parseInt(new URLSearchParams(location.search).get('seed') ?? '', 10);
    const kit = setup.settings(field<HTMLTextAreaElement>(form, 'deck').value);
    if ('error' in kit) {
      problems = [kit.error];
      return draw();
    }
    const body = {
      ...(Number.isInteger(seed) && seed >= 0 ? { seed } : {}),
      scenario: field<HTMLSelectElement>(form, 'scenario').value, language: lang(),
      timers: field<HTMLSelectElement>(form, 'timers').value === 'on' ? {} : null,
      selfRun: field<HTMLInputElement>(form, 'self-run').checked, ...kit.settings,
    };
    const res = await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await res.json().catch(() => ({}));
    if (!res.ok) {
      toast(tr(`errors.${answer.error ?? 'generic'}`), 'error');
      problems = answer.problems ?? [];
      return draw();
    }
    rememberKey(answer.code, answer.key);
    location.assign(body.selfRun ? `/join/${answer.code}` : `/facilitate/${answer.code}`);
  };

  function draw() {
    setup.redraw();
    render(html`<main class="start">
      <header class="start-header"><h1>${ui('appTitle')}</h1>${languageSwitch(() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); })}</header>
      <p class="tagline">${ui('tagline')}</p>
      <div class="start-columns">
        <form class="card-form start-join" @submit=${join}>
          <h2>${ui('start.join')}</h2><p>${ui('start.joinHelp')}</p>
          <label for="join-code">${ui('start.code')}</label>
          <input id="join-code" maxlength="6" autocomplete="off" autocapitalize="characters" inputmode="text" required placeholder="ABC234">
          <button type="submit" class="primary big">${ui('start.joinButton')}</button>
        </form>
        <form class="card-form start-create" @submit=${create}>
          <h2>${ui('start.facilitate')}</h2><p>${ui('start.facilitateHelp')}</p>
          <p id="team-limit">${ui('start.teamLimit', { max: TUNING.maxTeams })}</p>
          <label for="scenario">${ui('start.scenario')}</label>
          <select id="scenario">${scenarios.map((s) => html`<option value=${s.id}>${local(s.name)}</option>`)}</select>
          ${setup.fields}
          <label for="timers">${ui('start.timers')}</label>
          <select id="timers"><option value="on">${ui('start.timersOn')}</option><option value="off">${ui('start.timersOff')}</option></select>
          <label class="check"><input id="self-run" type="checkbox">${ui('start.selfRun')}</label>
          <label for="deck">${ui('start.deck')}</label>
          <textarea id="deck" rows="3" spellcheck="false"></textarea>
          <ul class="problems" aria-live="polite">${problems.map((p) => html`<li>${p}</li>`)}</ul>
          <button type="submit" class="primary big" id="create-session">${ui('start.create')}</button>
        </form>
        <div class="start-owncase">${setup.ownCases}</div>
      </div>
    </main>`, mount);
  }
  draw();
}
