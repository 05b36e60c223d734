// The facilitator's console, docked under the projector view (it folds away), or on a second device with the key.
// lit-html: a timer tick touches only what changed, so the dilemma list and the team choice stay as the facilitator
// left them. The link and QR for a second device carry the key in the URL fragment (never sent to the server).
import { html, nothing, render } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import QRCode from 'qrcode';
import type { Deck } from '../../shared/cards/schema.ts';
import { TEAM_COLOURS, TEAM_ICONS } from '../../shared/vocabulary.ts';
import { local, ui } from '../lib/i18n.ts';
import { teamsInOrder } from '../lib/model.ts';
import { explainError, type Connection } from '../lib/net.ts';
import { deviceMoves } from './consoleDevices.ts';
import { consoleKit } from './consoleKit.ts';
import { planPanel } from './consolePlan.ts';
import { consoleNotes } from './consoleNote.ts';
import { confirmDialog } from './parts.ts';
import type { ProjectorHandle } from './projector.ts';
import { teamBadge } from './teamParts.ts';

export function facilitatorConsole(projector: ProjectorHandle, conn: Connection, deck: Deck, code: string, key: string, joinBase: string) {
  const box = projector.consoleBox;
  let open = true;
  // The session plan draws itself into its own box, kept across the console's redraws.
  const planBox = document.createElement('div');
  planBox.className = 'console-plan-box';
  planPanel(planBox, conn, code, key);
  // Deck choice and own cases, also in their own box.
  const kitBox = document.createElement('div');
  kitBox.className = 'console-kit-box';
  consoleKit(kitBox, conn, deck, key);
  const secondDevice = `${joinBase}/facilitate/${code}#key=${encodeURIComponent(key)}`;
  let secondQr = '';
  // The link carries the key: drawn only while the facilitator has opened it, and folded again at every phase
  // change, so a console left open on the projector does not show it to the room.
  let secondShown = false;
  let shownPhase = '';
  void QRCode.toDataURL(secondDevice, { margin: 1, width: 360 }).then((url) => {
    secondQr = url;
    draw();
  });
  const notes = consoleNotes(() => draw());
  /** Sends a facilitator action; a refusal is said beside the control `at` that asked for it. */
  const act = async (action: object, at: string, confirm?: string) => {
    if (confirm && !(await confirmDialog(confirm, ui('console.yes'), ui('board.cancel')))) return;
    notes.clear();
    try {
      await conn.ask('facilitator', { key, action });
    } catch (error) {
      notes.show(at, explainError(error));
    }
  };
  const togglePause = () => act({ type: conn.game().paused ? 'resume' : 'pause' }, 'main');
  const valueOf = (id: string) => (box.querySelector(`#${id}`) as HTMLSelectElement | null)?.value ?? '';
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(secondDevice);
      notes.show('copy', ui('console.copied'), 'info');
    } catch {
      (box.querySelector('#second-device-link') as HTMLInputElement | null)?.select();
    }
  };

  window.addEventListener('keydown', (e) => {
    if ((e.target as HTMLElement).closest('input, select, textarea, dialog, summary')) return;
    if (e.key === ' ') {
      e.preventDefault();
      void act({ type: 'next' }, 'main');
    } else if (e.key === 'p' || e.key === 'P') {
      void togglePause();
    }
  });

  const draw = () => {
    const g = conn.game();
    const phase = `${g.round}:${g.phase}`;
    if (phase !== shownPhase) {
      shownPhase = phase;
      secondShown = false;
      box.querySelectorAll<HTMLDetailsElement>('#console-more, #console-second-device').forEach((d) => { d.open = false; });
    }
    if (!open) {
      render(html`<button type="button" class="console-toggle" @click=${() => { open = true; draw(); }}>${ui('console.show')}</button>`, box);
      return;
    }
    const choices = g.facilitator?.f?.dilemmaChoices ?? [];
    const teams = teamsInOrder(g);
    const pages = projector.pages();
    const colour = TEAM_COLOURS[teams.length % TEAM_COLOURS.length]!;
    const sign = TEAM_ICONS[teams.length % TEAM_ICONS.length]!;
    const running = g.phase !== 'lobby' && g.phase !== 'ended';
    render(html`<section class="console" aria-labelledby="console-title">
      <h2 id="console-title" class="visually-hidden">${ui('console.title')}</h2>
      <button type="button" class="link" @click=${() => { open = false; draw(); }}>${ui('console.hide')}</button>
      ${g.phase === 'lobby'
        ? html`<button type="button" class="primary" id="console-start" @click=${() => act({ type: 'start' }, 'main')}>${ui('console.start')}</button>`
        : html`<button type="button" class="primary" id="console-next" ?disabled=${g.phase === 'ended'} @click=${() => act({ type: 'next' }, 'main')}>${ui('console.next')}</button>`}
      <button type="button" class="secondary" ?disabled=${!running} @click=${togglePause}>${g.paused ? ui('console.resume') : ui('console.pause')}</button>
      <button type="button" class="secondary" ?disabled=${!g.timer.phaseKey} @click=${() => act({ type: 'extendTimer', seconds: 60 }, 'main')}>${ui('console.extend')}</button>
      ${notes.at('main')}
      ${pages.count > 1 ? html`<span class="console-pages">
        <button type="button" class="secondary" id="console-page-back" aria-label=${ui('console.pageBack')} ?disabled=${pages.page === 0} @click=${() => { projector.turnPage(-1); draw(); }}>←</button>
        ${ui('projector.page', { page: pages.page + 1, pages: pages.count })}
        <button type="button" class="secondary" id="console-page-next" aria-label=${ui('console.pageNext')} ?disabled=${pages.page + 1 >= pages.count} @click=${() => { projector.turnPage(1); draw(); }}>→</button></span>` : nothing}
      <span class="console-group">
        <label class="visually-hidden" for="pick-dilemma">${ui('console.pick')}</label>
        <select id="pick-dilemma" @change=${() => { const id = valueOf('pick-dilemma'); if (id) void act({ type: 'pickDilemma', dilemma: id }, 'pick'); }}>
          <option value="">${ui('console.pickNone')}</option>
          ${repeat(choices, (id) => id, (id) => html`<option value=${id}>${local(deck.dilemmas.find((d) => d.id === id)?.title ?? { nl: id, en: id })}</option>`)}
        </select>${notes.at('pick')}</span>
      <span class="console-group">
        <label class="inline" for="bonus-team">${ui('console.bonusTo')}</label>
        <select id="bonus-team">${repeat(teams, (t) => t.id, (t) => html`<option value=${t.id}>${t.name}</option>`)}</select>
        <button type="button" class="secondary" id="console-bonus" ?disabled=${g.phase !== 'vieren' || teams.length === 0}
          @click=${() => act({ type: 'dialogueBonus', team: valueOf('bonus-team') }, 'bonus')}>${ui('console.bonus')}</button>${notes.at('bonus')}</span>
      <details class="console-fold" id="console-more"><summary>${ui('console.more')}</summary>
        <div class="console-row">
          <button type="button" class="secondary" id="console-undo" @click=${() => act({ type: 'undo' }, 'more', ui('console.confirmUndo'))}>${ui('console.undo')}</button>
          <button type="button" class="secondary" id="console-add-bot" ?disabled=${g.phase === 'ended' || teams.length >= 8}
            @click=${() => act({ type: 'addTeam', name: `Robot ${teams.length + 1}`, colour, icon: sign, bot: 'sensible' }, 'more')}>${ui('console.addBot')}</button>
          <button type="button" class="danger" ?disabled=${!running} @click=${() => act({ type: 'end' }, 'more', ui('console.confirmEnd'))}>${ui('console.end')}</button>
          <a class="button secondary" id="console-debrief" href=${`/debrief/${code}#key=${encodeURIComponent(key)}`} target="_blank">${ui('console.debrief')}</a>
          ${notes.at('more')}
        </div>
        <details class="console-fold" id="console-second-device"
          @toggle=${(e: Event) => { secondShown = (e.target as HTMLDetailsElement).open; draw(); }}>
          <summary>${ui('console.secondDevice')}: ${ui('console.secondDeviceWarning')}</summary>
          ${secondShown ? html`<div class="second-device">
            ${secondQr ? html`<img src=${secondQr} width="160" height="160" alt=${ui('console.secondDeviceQr')}>` : nothing}
            <div><p>${ui('console.secondDeviceHelp')}</p>
              <label class="inline" for="second-device-link">${ui('console.link')}</label>
              <input id="second-device-link" readonly .value=${secondDevice}>
              <button type="button" class="secondary" id="console-copy" @click=${copyLink}>${ui('console.copy')}</button>${notes.at('copy')}</div>
          </div>` : nothing}
        </details>
        <h3>${ui('lobby.teams')} (${teams.length})</h3>
        <ul class="console-teams">${repeat(teams, (t) => t.id, (t) => html`<li>${teamBadge(t)}
          <button type="button" class="link" @click=${async () => {
            const name = window.prompt(ui('console.rename'), t.name);
            if (name) await act({ type: 'renameTeam', team: t.id, name }, 'teams');
          }}>${ui('console.rename')}</button>
          ${t.bot ? nothing : html`<button type="button" class="link" @click=${() => act({ type: 'setBot', team: t.id, bot: 'sensible' }, 'teams')}>${ui('console.toBot')}</button>`}
          <button type="button" class="link danger" @click=${() => act({ type: 'removeTeam', team: t.id }, 'teams', ui('console.confirmRemove', { team: t.name }))}>${ui('console.remove')}</button></li>`)}</ul>
        ${notes.at('teams')}
        ${deviceMoves(g, teams, (action) => void act(action, 'teams'))}
      </details>
      ${planBox}
      ${kitBox}
    </section>`, box);
  };
  conn.onChange(draw);
  window.addEventListener('keydown', (e) => {
    if (['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown'].includes(e.key)) queueMicrotask(draw);
  });
  draw();
}
