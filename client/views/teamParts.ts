// Small lit-html pieces of the team view: tokens with their words, team badges, the phase line, the shared tracks.
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Deck } from '../../shared/cards/schema.ts';
import { TOKEN_TYPES, type Tokens } from '../../shared/vocabulary.ts';
import { domainUrl } from '../lib/domains.ts';
import { formatCountdown, trackFraction } from '../lib/format.ts';
import { tr, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS, TOKEN_ICONS, teamIcon } from '../lib/icons.ts';
import { teamsInOrder, type GameModel, type TeamModel } from '../lib/model.ts';
import { count } from '../lib/plural.ts';
import { deviceName } from './parts.ts';

/** "2 Energie": the icon helps the eye, the word says it (touch screens have no hover tooltip). */
export const tokenChips = (tokens: Partial<Tokens>, { showZero = true } = {}) => html`<span class="tokens">${
  TOKEN_TYPES.filter((t) => showZero || (tokens[t] ?? 0) > 0).map((t) => html`<span class="token token-${t}">${svgIcon(TOKEN_ICONS[t])}<b>${tokens[t] ?? 0}</b> <span class="token-word">${tr(`tokens.${t}`)}</span></span>`)
}</span>`;

const nameOr = (key: string, fallback: string) => {
  const text = ui(key);
  return text === `ui.${key}` ? fallback : text;
};
export const colourName = (colour: string) => nameOr(`colour.${colour.replace('#', '').toUpperCase()}`, colour);
export const iconName = (icon: string) => nameOr(`icon.${icon}`, icon);

/** The team's disc (colour and sign) and name; the disc is decorative, the name is the text. */
export const teamBadge = (team: Pick<TeamModel, 'name' | 'colour' | 'icon' | 'bot'>) => html`<span class="team-badge">
  <span class="team-disc${team.colour.toUpperCase() === '#000000' ? ' dark' : ''}" style="background:${team.colour}">${svgIcon(teamIcon(team.icon))}</span>
  <span class="team-name">${team.name}</span>${team.bot ? html`<span class="muted">${svgIcon(ICONS.bot)} ${ui('team.bot')}</span>` : nothing}</span>`;

/** A team device in the lobby is in, not waiting for teams: the projector's "Wachten op teams" is not its words. */
export const phaseName = (phase: string) => (phase === 'lobby' ? ui('phase.beforeStart') : tr(`phases.${phase}`));

export function phaseLine(g: GameModel) {
  const phase = html`<span class="phase-name">${phaseName(g.phase)}</span>`;
  const round = g.round > 0 && g.phase !== 'ended' ? html`<span class="phase-round">${ui('phase.round', { round: g.round, rounds: g.rounds })}</span>` : nothing;
  const clock = g.paused
    ? html`<span class="paused">${svgIcon(ICONS.pause)} ${ui('phase.paused')}</span>`
    : g.timer.phaseKey
      ? html`<span class="countdown${g.timer.remainingMs <= 30_000 ? ' urgent' : ''}" role="timer" aria-live="off">${svgIcon(ICONS.timer)} ${formatCountdown(g.timer.remainingMs)}</span>`
      : nothing;
  return html`<span class="phase-header">${phase}${round}${clock}</span>`;
}

export function tracks(g: GameModel, deck: Deck) {
  const scenario = deck.scenarios.find((s) => s.id === g.scenario);
  const max = Math.max(g.target, g.cp) * 1.1;
  const needed = scenario?.domainsNeeded ?? 4;
  return html`<div class="tracks">
    <div class="track">
      <div class="track-label">${ui('tracks.cp')} <b>${g.cp}</b> <span class="muted">· ${ui('tracks.target', { target: g.target })}</span></div>
      <div class="bar" role="meter" aria-valuemin="0" aria-valuemax=${g.target} aria-valuenow=${g.cp} aria-label=${ui('tracks.cp')}>
        <div class="bar-fill cp" style="width:${trackFraction(g.cp, max) * 100}%"></div><div class="bar-goal" style="left:${trackFraction(g.target, max) * 100}%"></div></div>
    </div>
    <div class="track">
      <div class="track-label">${ui('tracks.trust')} <b>${g.vertrouwen}</b> <span class="muted">/ 10</span></div>
      <div class="bar" role="meter" aria-valuemin="0" aria-valuemax="10" aria-valuenow=${g.vertrouwen} aria-label=${ui('tracks.trust')}>
        <div class="bar-fill trust" style="width:${g.vertrouwen * 10}%"></div></div>
    </div>
    <div class="domains"><span class="track-label">${ui('tracks.domainsOf', { have: g.domains.length, needed })}</span>
      ${g.domains.map((d) => html`<span class="chip on">${svgIcon(ICONS.check)} ${ui(`domains.${d}`)}</span>`)}</div>
  </div>`;
}

export function teamList(g: GameModel) {
  return html`<ul class="team-status compact">${repeat(teamsInOrder(g), (t) => t.id, (t) => {
    const voting = g.phase === 'gedoe' && g.dilemma && !g.dilemma.revealed;
    return html`<li style="border-left-color:${t.colour}">${teamBadge(t)}
      <span class="muted">${count('cards', t.handCount)}</span>
      ${t.ready ? html`<span class="flag ok">${svgIcon(ICONS.check)} ${ui('status.ready')}</span>` : nothing}
      ${voting && g.dilemma!.voted.includes(t.id) ? html`<span class="flag ok">${svgIcon(ICONS.lock)} ${ui('vote.locked')}</span>` : nothing}
      ${t.devicesOffline > 0 ? html`<span class="flag warn">${svgIcon(ICONS.wifiOff)} ${count('offline', t.devicesOffline)}</span>` : nothing}</li>`;
  })}</ul>`;
}

/** An initiative's picture: the illustrations of the values it creates (their names are said in words beside it). */
export const domainArt = (domains: readonly string[]) => html`<span class="initiative-art" aria-hidden="true">${
  domains.map((d) => html`<img class="domain-art" src=${domainUrl(d)} alt="" width="40" height="40">`)}</span>`;

/** The name the facilitator's console gives this device, so a facilitator moving tablets can find this one. */
export function thisDevice(g: GameModel, sessionId: string) {
  const device = g.devices[sessionId];
  return device?.number ? html`<p class="muted small device-name">${ui('team.thisDevice', { name: deviceName(device) })}</p>` : nothing;
}
