// The projector view (and /watch for observers): read from the back of the room. The board and the shared
// tracks are always there; the right-hand side follows the phase: join code and QR, market, dilemma, celebration.
import QRCode from 'qrcode';
import type { Deck } from '../../shared/cards/schema.ts';
import { createBoard } from '../board/createBoard.ts';
import { h, icon, render } from '../lib/dom.ts';
import { initiativeArt } from '../lib/domains.ts';
import { remaining } from '../lib/format.ts';
import { lang, local, setLanguage, ui } from '../lib/i18n.ts';
import { ICONS } from '../lib/icons.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import type { Connection } from '../lib/net.ts';
import { boardModel } from './boardModel.ts';
import { dilemmaPanel } from './dilemmaPanel.ts';
import { connectionBanner, languageSwitch, phaseHeader, reducedMotion, teamBadge, teamStatusList, tokenChips, tracks } from './parts.ts';
import { celebrationBanner, endSummary } from './shared.ts';

export function projectorView(root: HTMLElement, conn: Connection, deck: Deck, code: string, joinBase: string) {
  const header = h('header', { class: 'projector-header' });
  const boardBox = h('div', { class: 'board' });
  const side = h('aside', { class: 'projector-side' });
  const footer = h('footer', { class: 'projector-footer' });
  const consoleBox = h('div', { class: 'console-box' });
  render(root, h('div', { class: 'projector' }, header, h('main', { class: 'projector-main' }, boardBox, side), footer, consoleBox));
  const board = createBoard(boardBox);
  const joinUrl = `${joinBase}/join/${code}`;
  const qr = h('img', { class: 'qr', alt: `QR: ${joinUrl}`, width: 320, height: 320 });
  void QRCode.toDataURL(joinUrl, { margin: 1, width: 640, color: { dark: '#1d1d1b', light: '#ffffff' } }).then((url) => qr.setAttribute('src', url));

  const draw = () => {
    const g = conn.game();
    render(header, phaseHeader(g),
      g.phase !== 'lobby' ? h('span', { class: 'small-code', 'data-join-code': code }, `${ui('lobby.code')}: ${code}`) : null,
      languageSwitch(() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); }));
    render(side, ...sideContent(g, deck, code, joinUrl, qr));
    // In the lobby the arriving teams are on the right; their (empty) status starts with the game.
    render(footer, tracks(g, deck), g.phase === 'lobby' ? null : teamStatusList(g));
    board.update(boardModel(g, deck, lang(), { reducedMotion: reducedMotion() }));
  };
  conn.onChange(draw);
  conn.onStatus((s) => connectionBanner(s));
  conn.onEvents((events) => {
    for (const e of events as { type: string; initiative?: string; funders?: string[]; trekker?: string }[]) {
      if (e.type !== 'realised' || !e.initiative) continue;
      const g = conn.game();
      const p = g.projects[e.initiative];
      if (p) board.celebrate(p.location, (e.funders ?? [e.trekker ?? '']).map((id) => g.teams[id]?.colour ?? '#F0C33C'));
    }
  });
  draw();
  return consoleBox;
}

function sideContent(g: GameModel, deck: Deck, code: string, joinUrl: string, qr: HTMLElement) {
  switch (g.phase) {
    case 'lobby':
      return [h('section', { class: 'lobby' },
        h('p', { class: 'join-at' }, ui('lobby.joinAt'), h('br'), h('span', { class: 'join-url' }, joinUrl.replace(/^https?:\/\//, '').replace(/\/join\/.*/, ''))),
        h('div', { class: 'join-code', 'data-join-code': code, 'aria-label': `${ui('lobby.code')} ${code.split('').join(' ')}` }, code),
        qr,
        h('h2', {}, ui('lobby.teams')),
        teamsInOrder(g).length === 0 ? h('p', { class: 'muted' }, ui('lobby.noTeams')) : h('ul', { class: 'lobby-teams' }, ...teamsInOrder(g).map((t) => h('li', {}, teamBadge(t)))))];
    case 'gedoe':
      return [dilemmaPanel(g, deck, undefined, { compact: true })];
    case 'vieren':
      return [celebrationBanner(g, deck), g.dilemma ? h('section', { class: 'reflection-big' }, h('h2', {}, ui('dilemma.reflection')),
        h('p', {}, local(deck.dilemmas.find((d) => d.id === g.dilemma!.card)?.reflection ?? { nl: '', en: '' }))) : null];
    case 'ended':
      return [endSummary(g)];
    default:
      return [market(g, deck), openProjects(g, deck)];
  }
}

function market(g: GameModel, deck: Deck) {
  return h('section', { class: 'market' }, h('h2', {}, ui('board.market')),
    h('ul', {}, ...g.market.map((id) => {
      const card = deck.initiatives.find((i) => i.id === id)!;
      return h('li', {}, initiativeArt(card.domains), ' ', h('b', {}, local(card.title)), ' ', tokenChips(card.cost, { showZero: false }));
    })));
}

function openProjects(g: GameModel, deck: Deck) {
  const open = Object.values(g.projects).filter((p) => !p.realised);
  if (open.length === 0) return null;
  return h('section', { class: 'market' }, h('h2', {}, icon(ICONS.users), ui('board.projects')),
    h('ul', {}, ...open.map((p) => {
      const card = deck.initiatives.find((i) => i.id === p.initiative)!;
      const trekker = g.teams[p.trekker];
      return h('li', { style: `border-left:0.4em solid ${trekker?.colour ?? '#999'}` }, h('b', {}, local(card.title)), ' ', tokenChips(remaining(p.paid, card.cost), { showZero: false }));
    })));
}
