// The team view: tablets, phones and remote groups. Task first (what to do now and its controls), then the team's
// cards, the market, trading, and the neighbourhood (map, tracks, all teams) as context; on a phone the map folds away.
// Rendered with lit-html: every patch and timer tick updates only what changed, so what a person is typing or
// choosing is never rebuilt under their finger.
import { html, nothing, render } from 'lit-html';
import type { Deck } from '../../shared/cards/schema.ts';
import { summariseLegal } from '../../shared/protocol/legal-summary.ts';
import { createBoard } from '../board/createBoard.ts';
import { draftsFor } from '../lib/drafts.ts';
import { lang, local, setLanguage, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';
import { legalFor, type GameModel } from '../lib/model.ts';
import { explainError, facilitatorKey, type Connection } from '../lib/net.ts';
import { boardModel } from './boardModel.ts';
import { confirmDialog, connectionBanner, reducedMotion, toast } from './parts.ts';
import { phaseLine, teamBadge, teamList, thisDevice, tokenChips, tracks } from './teamParts.ts';
import { handSection, marketSection, projectsSection, tradeSection, type TeamUi } from './teamSections.ts';
import { applyingPurposes } from './teamDrafts.ts';
import { taskKey, taskPanel } from './teamTask.ts';

/** Narrow screens (phones) start with the map folded away: the task and the cards come first. */
const PHONE = '(max-width: 560px)';

export function teamView(root: HTMLElement, conn: Connection, deck: Deck, team: string) {
  const state: TeamUi = {
    selectedInitiative: null, selectedProject: null, openCard: null, cardDetails: false,
    drafts: draftsFor(conn.game().code, team), reasonTimer: null, pendingVote: null, hintOpen: null, seenOffers: new Set(),
  };
  // The map lives outside lit's templates: Phaser owns its canvas, and the fold keeps the state the user gave it.
  const boardBox = document.createElement('div');
  boardBox.className = 'board';
  const fold = document.createElement('details');
  fold.className = 'board-fold';
  fold.open = !window.matchMedia(PHONE).matches;
  const summary = document.createElement('summary');
  fold.append(summary, boardBox);
  // A fresh mount point: lit keeps its own markers in it, whatever was on the page before (a spinner, the team picker).
  const mount = document.createElement('div');
  root.replaceChildren(mount);
  let board: ReturnType<typeof createBoard> | null = null;

  const send = async (intent: object, confirm?: { title: string; lines: string[]; yes: string }) => {
    if (confirm && !(await confirmDialog([confirm.title, ...confirm.lines].join('\n'), confirm.yes, ui('board.cancel')))) return false;
    try {
      await conn.ask('intent', intent);
      const type = (intent as { type: string }).type;
      if (['claim', 'fund', 'play'].includes(type)) Object.assign(state, { selectedInitiative: null, selectedProject: null, openCard: null, cardDetails: false });
      if (type === 'offerTrade') toast(ui('trade.sent'));
      draw();
      return true;
    } catch (error) {
      toast(explainError(error), 'error');
      draw();
      return false;
    }
  };
  const act = { select: (s: Partial<TeamUi>) => { Object.assign(state, s); draw(); }, send, redraw: () => draw() };
  const selfRun = {
    start: () => conn.ask('selfRun', { action: 'start' }).catch((e) => toast(explainError(e), 'error')),
    next: () => conn.ask('selfRun', { action: 'next' }).catch((e) => toast(explainError(e), 'error')),
  };

  let shownTask: string | null = null;
  // Drafts that stopped applying are dropped when what applies changes, not on every draw (it reads the storage).
  let applying: string | null = null;
  function draw() {
    const g = conn.game();
    const me = g.teams[team];
    if (!me) return;
    const purposes = applyingPurposes(g, team);
    if (purposes.join('|') !== applying) {
      applying = purposes.join('|');
      state.drafts.keepOnly(purposes);
    }
    const legal = legalFor(g, team) ?? summariseLegal([]);
    const hand = g.privates?.[team]?.hand ?? [];
    const newOffers = g.trades.filter((t) => t.to === team && !state.seenOffers.has(t.id));
    summary.textContent = ui('board.show');
    render(html`<div class="team-view">
      <header class="team-header">
        <h1 class="team-title"><span class="visually-hidden">${ui('team.heading', { team: '' })}</span>${teamBadge(me)}</h1>
        <span class="header-tokens" role="group" aria-label=${ui('tokens.ours')}>${tokenChips(me.tokens)}</span>
        ${phaseLine(g)}
        <button type="button" class="lang-switch" @click=${() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); }}>${ui('switchLanguage')}</button>
      </header>
      ${newOffers.length ? offerNotice(g, newOffers, () => { newOffers.forEach((o) => state.seenOffers.add(o.id)); showTask(); draw(); }) : nothing}
      <div class="team-body${g.phase === 'gedoe' ? ' task-wide' : ''}">
        <main class="team-main">
          ${taskPanel({ g, deck, team, legal, state, act, device: conn.room.sessionId, debriefKey: g.phase === 'ended' ? facilitatorKey(g.code) : null, selfRun })}
          ${g.phase === 'doen' ? projectsSection(g, deck, legal, state, act) : nothing}
          ${['ontmoeten', 'doen', 'gedoe'].includes(g.phase) ? handSection(g, deck, hand, legal, state, act) : nothing}
          ${g.phase === 'doen' ? marketSection(g, deck, legal, state, act) : nothing}
          ${g.phase === 'doen' ? tradeSection(g, team, act) : nothing}
        </main>
        <aside class="neighbourhood" aria-labelledby="neighbourhood-title">
          <h2 id="neighbourhood-title" class="visually-hidden">${ui('neighbourhood.title')}</h2>
          <section class="map" aria-label=${ui('board.title')}>${fold}</section>
          ${tracks(g, deck)}
          ${g.phase === 'lobby' ? nothing : html`<h3 class="teams-title">${ui('teams.title')}</h3>${teamList(g)}`}
          ${g.phase === 'lobby' ? nothing : thisDevice(g, conn.room.sessionId)}
        </aside>
      </div>
    </div>`, mount);
    board ??= startBoard();
    const highlight = state.selectedInitiative ? legal.claim[state.selectedInitiative] ?? [] : g.phase === 'doen' ? Object.keys(legal.fund).map((id) => g.projects[id]?.location ?? '') : [];
    board.update(boardModel(g, deck, lang(), { highlight, selected: state.selectedProject ? g.projects[state.selectedProject]?.location : null, reducedMotion: reducedMotion() }));
    const key = taskKey(g);
    if (shownTask !== null && key !== shownTask) showTask();
    else keepTaskShown();
    if (shownTask === null) {
      fitTaskOnOpen();
      // Measured again in the page's own font (the first draw may use the fallback's narrower letters).
      void document.fonts?.ready.then(() => window.scrollY === 0 && fitTaskOnOpen());
    }
    shownTask = key;
  }

  /** Opened (or reloaded) in the middle of a task that does not fit under the header: the task comes first. */
  function fitTaskOnOpen() {
    const task = document.getElementById('task');
    if (task && task.getBoundingClientRect().bottom > window.innerHeight) taskUnderHeader('auto');
  }

  /** Scrolls the task to just under the header, which stays in sight (tokens, clock and pause stay readable). */
  function taskUnderHeader(behavior: ScrollBehavior) {
    const task = document.getElementById('task');
    if (!task) return;
    const header = mount.querySelector<HTMLElement>('.team-header')?.offsetHeight ?? 0;
    window.scrollTo({ top: Math.max(0, task.getBoundingClientRect().top + window.scrollY - header - 2), behavior });
  }

  /** Where the task was brought into view (its place in the page) and when: see keepTaskShown. */
  let shown = { at: 0, top: 0 };
  const taskTop = () => (document.getElementById('task')?.getBoundingClientRect().top ?? 0) + window.scrollY;

  /** A new phase (or the reveal): the task comes into view and focus moves to its instruction. */
  function showTask() {
    const heading = document.getElementById('task-title');
    if (!heading) return;
    taskUnderHeader(reducedMotion() ? 'auto' : 'smooth');
    heading.focus({ preventScroll: true });
    shown = { at: Date.now(), top: taskTop() };
  }

  /**
   * Just after a phase change the page above the task may still change (the trade notice goes when the offers
   * do): the task is brought to its new place, or it would end up above the screen.
   */
  function keepTaskShown() {
    if (Date.now() - shown.at > 2000 || Math.abs(taskTop() - shown.top) < 2) return;
    taskUnderHeader('auto');
    shown = { ...shown, top: taskTop() };
  }

  function startBoard() {
    const handle = createBoard(boardBox, { saveBattery: true });
    handle.onLocation((location) => {
      const g = conn.game();
      if (state.selectedInitiative && legalFor(g, team)?.claim[state.selectedInitiative]?.includes(location)) {
        void send({ type: 'claim', initiative: state.selectedInitiative, location });
        return;
      }
      const project = Object.values(g.projects).find((p) => p.location === location && !p.realised);
      if (project) act.select({ selectedProject: project.initiative, selectedInitiative: null });
    });
    return handle;
  }

  conn.onChange(() => draw());
  conn.onStatus((s) => connectionBanner(s));
  conn.onEvents((events) => {
    for (const e of events as { type: string; initiative?: string; trekker?: string; funders?: string[] }[]) {
      if (e.type !== 'realised' || !e.initiative) continue;
      const g = conn.game();
      const p = g.projects[e.initiative];
      if (p) board?.celebrate(p.location, (e.funders ?? [e.trekker ?? '']).map((id) => g.teams[id]?.colour ?? '#F0C33C'));
      toast(`${ui('celebrate.title')} ${local(deck.initiatives.find((i) => i.id === e.initiative)!.title)}`);
    }
  });
  draw();
}

/** A new trade offer is announced where it cannot be missed, with a way to it. */
function offerNotice(g: GameModel, offers: GameModel['trades'], show: () => void) {
  const from = [...new Set(offers.map((o) => g.teams[o.from]?.name ?? o.from))].join(', ');
  return html`<div class="notice" role="alert">${svgIcon(ICONS.handshake)} <span>${ui('trade.notice', { team: from })}</span>
    <button type="button" class="primary" id="show-offer" @click=${show}>${ui('trade.show')}</button></div>`;
}
