// The team view: tablets and remote groups. The board and the neighbourhood's shared state are always in
// view (a remote group has no projector); the panel shows what the team can do in this phase.
import type { Deck } from '../../shared/cards/schema.ts';
import { createBoard } from '../board/createBoard.ts';
import { h, icon, render } from '../lib/dom.ts';
import { lang, local, setLanguage, ui } from '../lib/i18n.ts';
import { ICONS } from '../lib/icons.ts';
import { summariseLegal } from '../../shared/protocol/legal-summary.ts';
import { legalFor, teamsInOrder, type GameModel } from '../lib/model.ts';
import { explainError, facilitatorKey, type Connection } from '../lib/net.ts';
import { boardModel } from './boardModel.ts';
import { dilemmaPanel } from './dilemmaPanel.ts';
import { celebrationBanner, endSummary } from './shared.ts';
import { confirmDialog, connectionBanner, languageSwitch, phaseHeader, reducedMotion, teamBadge, teamStatusList, toast, tokenChips, tracks } from './parts.ts';
import { handSection, marketSection, projectsSection, tradeSection, type TeamUi } from './teamSections.ts';

export function teamView(root: HTMLElement, conn: Connection, deck: Deck, team: string) {
  const state: TeamUi = { selectedInitiative: null, selectedProject: null, openCard: null, cardDetails: false };
  const boardBox = h('div', { class: 'board', 'aria-label': 'board' });
  const header = h('header', { class: 'team-header' });
  const panel = h('div', { class: 'panel', role: 'region', 'aria-label': ui('board.projects') });
  const shared = h('footer', { class: 'shared' });
  render(root, h('div', { class: 'team-view' }, header, h('div', { class: 'team-main' }, boardBox, panel), shared));
  const board = createBoard(boardBox, { saveBattery: true });

  const send = async (intent: object, confirm?: string) => {
    if (confirm && !(await confirmDialog(confirm, ui('hand.play'), ui('board.cancel')))) return;
    try {
      await conn.ask('intent', intent);
      Object.assign(state, { selectedInitiative: null, selectedProject: null, openCard: null, cardDetails: false });
      draw();
    } catch (error) {
      toast(explainError(error), 'error');
    }
  };
  const act = { select: (s: Partial<TeamUi>) => { Object.assign(state, s); draw(); }, send };

  board.onLocation((location) => {
    const g = conn.game();
    if (state.selectedInitiative && legalFor(g, team)?.claim[state.selectedInitiative]?.includes(location)) {
      void send({ type: 'claim', initiative: state.selectedInitiative, location });
      return;
    }
    const project = Object.values(g.projects).find((p) => p.location === location && !p.realised);
    if (project) act.select({ selectedProject: project.initiative, selectedInitiative: null });
  });

  function draw() {
    const g = conn.game();
    const me = g.teams[team];
    if (!me) return;
    const legal = legalFor(g, team) ?? summariseLegal([]);
    const hand = g.privates?.[team]?.hand ?? [];
    render(header,
      teamBadge(me), tokenChips(me.tokens), phaseHeader(g),
      legal.ready !== null ? h('button', { type: 'button', class: me.ready ? 'secondary' : 'primary big', id: 'ready',
        onclick: () => send({ type: 'ready', ready: !me.ready }) }, me.ready ? ui('ready.undo') : ui('ready.button')) : null,
      languageSwitch(() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); }));
    const scroll = panel.scrollTop;
    render(panel, ...phaseContent(g, deck, team, hand, legal, state, act, conn));
    panel.scrollTop = scroll;
    render(shared, tracks(g, deck), teamStatusList(g, { compact: true }));
    const highlight = state.selectedInitiative ? legal.claim[state.selectedInitiative] ?? [] : g.phase === 'doen' ? Object.keys(legal.fund).map((id) => g.projects[id]?.location ?? '') : [];
    board.update(boardModel(g, deck, lang(), { highlight, selected: state.selectedProject ? g.projects[state.selectedProject]?.location : null, reducedMotion: reducedMotion() }));
  }

  conn.onChange(() => draw());
  conn.onStatus((s) => connectionBanner(s));
  conn.onEvents((events) => {
    for (const e of events as { type: string; initiative?: string; trekker?: string; funders?: string[] }[]) {
      if (e.type !== 'realised' || !e.initiative) continue;
      const g = conn.game();
      const p = g.projects[e.initiative];
      if (p) board.celebrate(p.location, (e.funders ?? [e.trekker ?? '']).map((id) => g.teams[id]?.colour ?? '#F0C33C'));
      toast(`${ui('celebrate.title')} ${local(deck.initiatives.find((i) => i.id === e.initiative)!.title)}`);
    }
  });
  draw();
}

function phaseContent(g: GameModel, deck: Deck, team: string, hand: number[], legal: NonNullable<ReturnType<typeof legalFor>>, state: TeamUi, act: { select(s: Partial<TeamUi>): void; send(i: object, c?: string): void }, conn: Connection) {
  const me = g.teams[team]!;
  switch (g.phase) {
    case 'lobby':
      return [h('section', { class: 'panel-section' }, h('h2', {}, ui('lobby.teams')), teamStatusList(g)), selfRunStart(g, conn)];
    case 'doen':
      return [marketSection(g, deck, legal, state, act), projectsSection(g, deck, legal, state, act), handSection(g, deck, hand, legal, state, act), tradeSection(g, team, legal, act), selfRunNext(g, conn)];
    case 'gedoe': {
      const d = g.dilemma;
      const mine = d && d.targets.includes(team);
      const vote = g.privates?.[team];
      return [
        d ? dilemmaPanel(g, deck, mine && !d.revealed ? {
          legal: legal.vote, myVote: vote?.vote ? { option: vote.vote, principle: vote.votePrinciple } : null,
          vote: (option, principle) => act.send(principle === null ? { type: 'vote', option } : { type: 'vote', option, principle }),
        } : undefined) : null,
        d && !mine && !d.revealed ? h('p', { class: 'note' }, ui('dilemma.notYours')) : null,
        vote?.vote ? h('p', { class: 'note' }, icon(ICONS.check), ui('dilemma.voted', { option: local(deck.dilemmas.find((c) => c.id === d?.card)?.options.find((o) => o.id === vote.vote)?.label ?? { nl: vote.vote, en: vote.vote }) }),
          ' ', h('span', { class: 'muted' }, vote.voteBy === conn.room.sessionId ? ui('dilemma.byThisDevice') : ui('dilemma.byOtherDevice'))) : null,
        handSection(g, deck, hand, legal, state, act), selfRunNext(g, conn)];
    }
    case 'vieren':
      return [celebrationBanner(g, deck), g.dilemma ? dilemmaPanel(g, deck) : null, selfRunNext(g, conn)];
    case 'ended': {
      // The device that created a self-run session holds its key: it opens the debrief for the group.
      const key = facilitatorKey(g.code);
      return [endSummary(g), key ? h('a', { class: 'button primary big', href: `/debrief/${g.code}#key=${encodeURIComponent(key)}` }, ui('end.debrief')) : null];
    }
    default:
      return [h('section', { class: 'panel-section' }, me.ready ? h('p', { class: 'note' }, ui('ready.waiting')) : null), handSection(g, deck, hand, legal, state, act), selfRunNext(g, conn)];
  }
}

/** Self-run sessions: any device may start and move the game on. */
function selfRunStart(g: GameModel, conn: Connection) {
  if (!g.selfRun || teamsInOrder(g).length === 0) return null;
  return h('button', { type: 'button', class: 'primary big', onclick: () => conn.ask('selfRun', { action: 'start' }).catch((e) => toast(explainError(e), 'error')) }, ui('console.start'));
}

function selfRunNext(g: GameModel, conn: Connection) {
  if (!g.selfRun) return null;
  return h('button', { type: 'button', class: 'secondary', onclick: () => conn.ask('selfRun', { action: 'next' }).catch((e) => toast(explainError(e), 'error')) }, ui('console.next'));
}
