// Pieces of the projector: the lobby (join code, QR, arriving teams), the market while teams build, and the strip
// of teams under the screen with each team's state in this phase (tokens, ready, vote locked, line written).
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Deck } from '../../shared/cards/schema.ts';
import { TUNING } from '../../shared/engine/tuning.ts';
import { TOKEN_TYPES } from '../../shared/vocabulary.ts';
import { remaining } from '../lib/format.ts';
import { local, tr, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS, TOKEN_ICONS } from '../lib/icons.ts';
import { teamsInOrder, type GameModel, type TeamModel } from '../lib/model.ts';
import { count } from '../lib/plural.ts';
import type { Block } from './paged.ts';
import { closingOf, harvestLines } from './shared.ts';
import { domainArt, teamBadge } from './teamParts.ts';

export function lobbyBlock(g: GameModel, code: string, joinUrl: string, qr: string): Block {
  const teams = teamsInOrder(g);
  const host = joinUrl.replace(/^https?:\/\//, '').replace(/\/join\/.*/, '');
  return {
    key: 'lobby',
    body: html`<section class="lobby">
      <div class="lobby-join">
        <div><p class="join-at">${ui('lobby.joinAt')} <span class="join-url">${host}</span></p>
          <div class="join-code" data-join-code=${code} aria-label=${`${ui('lobby.code')} ${code.split('').join(' ')}`}>${code}</div>
          ${teams.length === 0 ? nothing : html`<p class="lobby-room">${teams.length >= TUNING.maxTeams
            ? ui('lobby.full', { max: TUNING.maxTeams }) : count('lobbyRoom', TUNING.maxTeams - teams.length)}</p>`}</div>
        ${qr ? html`<img class="qr" src=${qr} alt=${ui('lobby.qr', { url: joinUrl })} width="320" height="320">` : html`<span class="qr"></span>`}
      </div>
      <h2>${ui('lobby.teams')} <span class="muted">(${teams.length}/${TUNING.maxTeams})</span></h2>
      ${teams.length === 0 ? html`<p class="muted">${ui('lobby.noTeams')}</p>`
        : html`<ul class="lobby-teams">${repeat(teams, (t) => t.id, (t) => html`<li>${teamBadge(t)}</li>`)}</ul>`}
    </section>`,
  };
}

/** The lobby's headline: waiting for teams, teams arriving, or every place taken; once a team is in, who can start. */
export function lobbyHeadline(g: GameModel): string {
  const teams = teamsInOrder(g).length;
  if (teams === 0) return tr('phases.lobby');
  return `${ui(teams >= TUNING.maxTeams ? 'lobby.complete' : 'lobby.arriving')} · ${ui(g.selfRun ? 'lobby.teamStarts' : 'lobby.facilitatorStarts')}`;
}

/** Ontmoeten and Doen: what is on the market and what is being built, one block per card. */
export function marketBlocks(g: GameModel, deck: Deck): Block[] {
  const market = g.market.map((id) => deck.initiatives.find((i) => i.id === id)).filter((c) => !!c);
  const open = Object.values(g.projects).filter((p) => !p.realised);
  const cost = (tokens: Partial<Record<string, number>>) => html`<span class="cost">${TOKEN_TYPES.filter((t) => (tokens[t] ?? 0) > 0).map((t) =>
    html`<span class="token token-${t}">${svgIcon(TOKEN_ICONS[t])}<b>${tokens[t]}</b><span class="visually-hidden"> ${tr(`tokens.${t}`)}</span></span>`)}</span>`;
  return [
    { key: 'market-head', body: html`<h2>${ui('board.market')}</h2>` },
    ...market.map((card): Block => ({
      key: `market-${card.id}`,
      body: html`<div class="market-card">${domainArt(card.domains)}<b>${local(card.title)}</b> ${cost(card.cost)}</div>`,
    })),
    ...(open.length ? [{ key: 'projects-head', body: html`<h2>${svgIcon(ICONS.users)} ${ui('board.projects')}</h2>` }] : []),
    ...open.map((p): Block => {
      const card = deck.initiatives.find((i) => i.id === p.initiative);
      return {
        key: `project-${p.initiative}`,
        body: html`<div class="market-card" style="border-left:0.4em solid ${g.teams[p.trekker]?.colour ?? '#999'}">
          <b>${card ? local(card.title) : p.initiative}</b> ${card ? cost(remaining(p.paid, card.cost)) : nothing}</div>`,
      };
    }),
  ];
}

/** The token words, once on the screen: the strip shows only icons and numbers. */
export const tokenLegend = () => html`<p class="token-legend">${TOKEN_TYPES.map((t) => html`<span class="token token-${t}">${svgIcon(TOKEN_ICONS[t])} ${tr(`tokens.${t}`)}</span>`)}</p>`;

const flag = (ok: boolean, svg: string, text: string) => html`<span class="flag ${ok ? 'ok' : 'waiting'}">${svgIcon(svg)} ${text}</span>`;
/** A mark that is explained once in the legend above the strip: the icon, its word for screen readers. */
const quiet = (svg: string, text: string, ok = false) => html`<span class="flag ${ok ? 'ok' : 'waiting'}">${svgIcon(svg)}<span class="visually-hidden"> ${text}</span></span>`;

/** What the quiet marks mean, once on the screen. */
const legend = (items: [string, string][]) => html`<span class="strip-legend">${items.map(([svg, text]) => html`<span>${svgIcon(svg)} ${text}</span>`)}</span>`;

function mark(g: GameModel, deck: Deck, t: TeamModel) {
  const d = g.dilemma;
  switch (g.phase) {
    case 'gedoe': {
      if (!d) return nothing;
      if (d.revealed) {
        // After the reveal every page shows each team's choice at a glance: the option's letter.
        const choice = d.choices.find((c) => c.team === t.id);
        const index = choice ? (deck.dilemmas.find((c) => c.id === d.card)?.options.findIndex((o) => o.id === choice.option) ?? -1) : -1;
        const letter = String.fromCharCode(65 + index);
        return index >= 0 ? html`<span class="option-letter small" aria-hidden="true">${letter}</span><span class="visually-hidden">${ui('dilemma.option', { letter })}</span>` : nothing;
      }
      if (d.voted.includes(t.id)) return quiet(ICONS.lock, ui('vote.locked'), true);
      return t.voted ? quiet(ICONS.check, ui('status.choosing')) : quiet(ICONS.timer, ui('status.notYet'));
    }
    case 'vieren':
      return harvestLines(g).some((l) => l.team === t.id) ? quiet(ICONS.check, ui('status.lineWritten'), true) : quiet(ICONS.timer, ui('status.notYet'));
    case 'afsluiten': {
      const answered = (closingOf(g)?.answers ?? []).filter((a) => a.team === t.id).length;
      return html`<span class="flag ${answered === 2 ? 'ok' : 'waiting'}">${svgIcon(answered === 2 ? ICONS.check : ICONS.timer)} ${answered}/2<span class="visually-hidden"> ${ui('status.answers', { n: answered })}</span></span>`;
    }
    case 'ended':
      return nothing;
    default:
      return html`<span class="strip-tokens">${TOKEN_TYPES.map((k) => html`<span class="token token-${k}">${svgIcon(TOKEN_ICONS[k])}<b>${t.tokens[k]}</b><span class="visually-hidden"> ${tr(`tokens.${k}`)}</span></span>`)}</span>
        <span class="muted">${count('cards', t.handCount)}</span>
        ${t.ready ? flag(true, ICONS.check, ui('status.ready')) : nothing}`;
  }
}

export function teamStrip(g: GameModel, deck: Deck) {
  const teams = teamsInOrder(g);
  const d = g.dilemma;
  const locked = g.phase === 'gedoe' && d && !d.revealed
    ? html`<p class="strip-summary">${count('lockedMarks', teams.length, { n: d.voted.length, total: teams.length })}
        ${legend([[ICONS.lock, ui('vote.locked')], [ICONS.check, ui('status.choosing')], [ICONS.timer, ui('status.notYet')]])}</p>`
    : g.phase === 'vieren' ? html`<p class="strip-summary">${legend([[ICONS.check, ui('status.lineWritten')], [ICONS.timer, ui('status.notYet')]])}</p>`
      : g.phase === 'afsluiten' ? html`<p class="strip-summary">${legend([[ICONS.check, ui('status.answered')]])}</p>` : nothing;
  return html`${locked}<ul class="team-strip" aria-label=${ui('lobby.teams')}>${repeat(teams, (t) => t.id, (t) => html`<li style="border-left-color:${t.colour}">
    ${teamBadge(t)} ${mark(g, deck, t)}
    ${t.devicesOffline > 0 ? html`<span class="flag warn">${svgIcon(ICONS.wifiOff)} ${count('offline', t.devicesOffline)}</span>` : nothing}</li>`)}</ul>`;
}
