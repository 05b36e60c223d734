// The projector view (and /watch for observers), read from the back of the room: body text is 1/25 of the
// screen height. The map is shown while teams build (lobby, Ontmoeten, Doen, the end); the dilemma, the reveal, the
// harvest wall and the closing answers take the whole screen, in columns, page after page (→ and ← turn them).
// Rendered with lit-html: a timer tick changes only the clock.
import { html, nothing, render } from 'lit-html';
import QRCode from 'qrcode';
import type { Deck } from '../../shared/cards/schema.ts';
import { createBoard } from '../board/createBoard.ts';
import { lang, setLanguage, ui } from '../lib/i18n.ts';
import type { GameModel } from '../lib/model.ts';
import type { Connection } from '../lib/net.ts';
import { boardModel } from './boardModel.ts';
import { dilemmaBlocks, reflectionBlock, revealBlocks } from './dilemmaPanel.ts';
import { PagedBox, type Block } from './paged.ts';
import { connectionBanner, reducedMotion } from './parts.ts';
import { celebrationBanners, type Celebration } from './projectorCelebrate.ts';
import { lobbyBlock, lobbyHeadline, marketBlocks, teamStrip, tokenLegend } from './projectorParts.ts';
import { closingBlocks, endBlocks, harvestBlocks, initiativeTitle, makers } from './shared.ts';
import { phaseLine, tracks } from './teamParts.ts';

/** Phases whose content takes the whole screen; the others share it with the map. */
const FULL_SCREEN = new Set(['gedoe', 'vieren', 'afsluiten']);
/** How long a celebration banner stays up. */
const BANNER_MS = 9000;

export interface ProjectorHandle {
  consoleBox: HTMLElement;
  /** Turns the pages of long content: the console's buttons do what → and ← do. */
  turnPage(by: number): void;
  pages(): { page: number; count: number };
}

export function projectorView(root: HTMLElement, conn: Connection, deck: Deck, code: string, joinBase: string): ProjectorHandle {
  const boardBox = document.createElement('div');
  boardBox.className = 'board';
  boardBox.setAttribute('role', 'img');
  const stageBox = document.createElement('section');
  stageBox.className = 'projector-stage';
  const consoleBox = document.createElement('div');
  consoleBox.className = 'console-box';
  const mount = document.createElement('div');
  mount.className = 'projector-mount';
  root.replaceChildren(mount);
  const joinUrl = `${joinBase}/join/${code}`;
  let qr = '';
  void QRCode.toDataURL(joinUrl, { margin: 1, width: 640, color: { dark: '#1d1d1b', light: '#ffffff' } }).then((url) => {
    qr = url;
    draw();
  });
  let celebrations: Celebration[] = [];
  const pager = new PagedBox(stageBox, () => draw());

  const stage = (g: GameModel): { key: string; blocks: Block[]; columns: number; pinned?: Block | null } => {
    const d = g.dilemma;
    const base = `${g.phase}|${g.round}|${lang()}`;
    switch (g.phase) {
      case 'lobby': {
        const teams = Object.values(g.teams).filter((t) => !t.removed).map((t) => `${t.id}:${t.name}:${t.colour}:${t.icon}`);
        return { key: `${base}|${teams.join(',')}|${qr ? 'qr' : ''}`, blocks: [lobbyBlock(g, code, joinUrl, qr)], columns: 1 };
      }
      case 'gedoe':
        if (!d) return { key: base, blocks: [], columns: 2 };
        return d.revealed
          ? { key: `${base}|${d.card}|reveal|${JSON.stringify(d.choices)}|${d.outcomes ?? ''}`, blocks: revealBlocks(g, deck), columns: 2, pinned: reflectionBlock(g, deck) }
          : { key: `${base}|${d.card}|vote|${d.targets.join(',')}`, blocks: dilemmaBlocks(g, deck), columns: 2 };
      case 'vieren':
        return { key: `${base}|${g.history.length}|${Object.values(g.projects).filter((p) => p.realised).length}`, blocks: harvestBlocks(g, deck), columns: 2 };
      case 'afsluiten':
        return { key: `${base}|${g.closing ?? ''}`, blocks: closingBlocks(g), columns: 2 };
      case 'ended':
        return { key: `${base}|${g.result}`, blocks: endBlocks(g), columns: 1 };
      default:
        return { key: `${base}|${g.market.join(',')}|${JSON.stringify(g.projects)}`, blocks: marketBlocks(g, deck), columns: 1 };
    }
  };

  let shownPhase = '';
  const draw = () => {
    const g = conn.game();
    // A banner belongs to its moment: the next phase's content (a dilemma) is not covered by it.
    if (g.phase !== shownPhase) {
      shownPhase = g.phase;
      celebrations = [];
    }
    const full = FULL_SCREEN.has(g.phase);
    const content = stage(g);
    boardBox.setAttribute('aria-label', ui('board.mapLabel'));
    render(html`<div class="projector phase-${g.phase}">
      <header class="projector-header">
        <h1 class="visually-hidden">${ui('appTitle')} · ${ui('projector.title')}</h1>
        ${g.phase === 'lobby' ? html`<span class="phase-header"><span class="phase-name">${lobbyHeadline(g)}</span></span>` : phaseLine(g)}
        ${pager.count > 1 ? html`<span class="page-mark" aria-live="polite">${ui('projector.page', { page: pager.page + 1, pages: pager.count })}
          <span class="muted">${pager.page + 1 < pager.count ? ui('projector.nextPage') : ui('projector.firstPage')}</span></span>` : nothing}
        ${g.phase !== 'lobby' ? html`<span class="small-code" data-join-code=${code}>${ui('lobby.code')}: ${code}</span>` : nothing}
        <button class="lang-switch" type="button" @click=${() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); }}>${ui('switchLanguage')}</button>
      </header>
      <main class="projector-main ${full ? 'stage-only' : 'with-board'}${g.phase === 'lobby' ? ' lobby-main' : ''}">${boardBox}${stageBox}</main>
      <footer class="projector-footer">
        ${g.phase === 'lobby' ? nothing : html`${full ? nothing : tracks(g, deck)}${teamStrip(g, deck)}${g.phase === 'doen' || g.phase === 'ontmoeten' ? tokenLegend() : nothing}`}
      </footer>
      ${celebrationBanners(celebrations)}
      ${consoleBox}
    </div>`, mount);
    pager.show(content.key, content.blocks, content.columns, content.pinned ?? null);
    board.update(boardModel(g, deck, lang(), { reducedMotion: reducedMotion() }));
  };
  const board = createBoard(boardBox, { minLabelFraction: 1 / 45 });

  conn.onChange(draw);
  conn.onStatus((s) => connectionBanner(s));
  conn.onEvents((events) => {
    const g = conn.game();
    for (const e of events as { type: string; initiative?: string; funders?: string[]; trekker?: string; cp?: number }[]) {
      if (e.type !== 'realised' || !e.initiative) continue;
      const p = g.projects[e.initiative];
      const funders = e.funders ?? [];
      if (p) board.celebrate(p.location, [e.trekker ?? '', ...funders].map((id) => g.teams[id]?.colour).filter((c): c is string => !!c));
      const item: Celebration = { id: `${e.initiative}-${Date.now()}`, title: initiativeTitle(deck, e.initiative), teams: makers(g, e.trekker ?? '', funders), cp: e.cp ?? p?.cp ?? 0 };
      celebrations = [...celebrations, item];
      setTimeout(() => {
        if (!celebrations.includes(item)) return;
        celebrations = celebrations.filter((c) => c !== item);
        draw();
      }, BANNER_MS);
    }
    draw();
  });
  document.addEventListener('keydown', (e) => {
    if ((e.target as HTMLElement).closest('input, select, textarea, dialog')) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') pager.turn(1) && e.preventDefault();
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') pager.turn(-1) && e.preventDefault();
  });
  draw();
  return {
    consoleBox,
    turnPage: (by) => void pager.turn(by),
    pages: () => ({ page: pager.page, count: pager.count }),
  };
}
