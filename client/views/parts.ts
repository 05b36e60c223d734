// Pieces several screens share: tokens, tracks, team badges and status, the phase header, messages.
import type { Deck } from '../../shared/cards/schema.ts';
import { TOKEN_TYPES, VALUE_DOMAINS, type Tokens } from '../../shared/vocabulary.ts';
import { h, icon } from '../lib/dom.ts';
import { formatCountdown, trackFraction } from '../lib/format.ts';
import { local, tr, ui } from '../lib/i18n.ts';
import { ICONS, TOKEN_ICONS, teamIcon } from '../lib/icons.ts';
import { teamsInOrder, type GameModel, type TeamModel } from '../lib/model.ts';

export function tokenChips(tokens: Partial<Tokens>, { showZero = true } = {}) {
  return h('span', { class: 'tokens' }, ...TOKEN_TYPES.filter((t) => showZero || (tokens[t] ?? 0) > 0).map((t) =>
    h('span', { class: `token token-${t}`, title: tr(`tokens.${t}`) }, icon(TOKEN_ICONS[t], tr(`tokens.${t}`)), h('b', {}, tokens[t] ?? 0))));
}

export const tokenText = (tokens: Partial<Tokens>) =>
  TOKEN_TYPES.filter((t) => (tokens[t] ?? 0) > 0).map((t) => `${tokens[t]} ${tr(`tokens.${t}`)}`).join(', ');

export function teamBadge(team: Pick<TeamModel, 'name' | 'colour' | 'icon' | 'bot'>) {
  return h('span', { class: 'team-badge' },
    h('span', { class: 'team-disc', style: `background:${team.colour}` }, icon(teamIcon(team.icon))),
    h('span', { class: 'team-name' }, team.name),
    team.bot ? h('span', { class: 'muted' }, icon(ICONS.bot, ui('team.bot'))) : null);
}

export function phaseHeader(g: GameModel) {
  const timer = g.timer.phaseKey ? h('span', { class: `countdown${g.timer.remainingMs <= 30_000 ? ' urgent' : ''}`, role: 'timer', 'aria-live': 'off' },
    icon(ICONS.timer), formatCountdown(g.timer.remainingMs)) : null;
  return h('div', { class: 'phase-header' },
    h('span', { class: 'phase-name' }, tr(`phases.${g.phase}`)),
    g.round > 0 && g.phase !== 'ended' ? h('span', { class: 'phase-round' }, ui('phase.round', { round: g.round, rounds: g.rounds })) : null,
    g.paused ? h('span', { class: 'paused' }, icon(ICONS.pause), ui('phase.paused')) : timer);
}

export function tracks(g: GameModel, deck: Deck) {
  const scenario = deck.scenarios.find((s) => s.id === g.scenario);
  const max = Math.max(g.target, g.cp) * 1.1;
  return h('div', { class: 'tracks' },
    h('div', { class: 'track' },
      h('div', { class: 'track-label' }, ui('tracks.cp'), h('b', {}, ` ${g.cp}`), h('span', { class: 'muted' }, ` · ${ui('tracks.target', { target: g.target })}`)),
      h('div', { class: 'bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': g.target, 'aria-valuenow': g.cp, 'aria-label': ui('tracks.cp') },
        h('div', { class: 'bar-fill cp', style: `width:${trackFraction(g.cp, max) * 100}%` }),
        h('div', { class: 'bar-goal', style: `left:${trackFraction(g.target, max) * 100}%` }))),
    h('div', { class: 'track' },
      h('div', { class: 'track-label' }, ui('tracks.trust'), h('b', {}, ` ${g.vertrouwen}`), h('span', { class: 'muted' }, ' / 10')),
      h('div', { class: 'bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 10, 'aria-valuenow': g.vertrouwen, 'aria-label': ui('tracks.trust') },
        h('div', { class: 'bar-fill trust', style: `width:${g.vertrouwen * 10}%` }))),
    h('div', { class: 'domains' },
      h('span', { class: 'track-label' }, ui('tracks.domains', { n: g.domains.length, needed: scenario?.domainsNeeded ?? 4 })),
      ...VALUE_DOMAINS.map((d) =>
        h('span', { class: `chip${g.domains.includes(d) ? ' on' : ''}` }, g.domains.includes(d) ? icon(ICONS.check) : null, ui(`domains.${d}`)))));
}

export function teamStatusList(g: GameModel, { compact = false } = {}) {
  return h('ul', { class: `team-status${compact ? ' compact' : ''}` }, ...teamsInOrder(g).map((t) => {
    const votedNow = g.phase === 'gedoe' && g.dilemma && !g.dilemma.revealed && g.dilemma.targets.includes(t.id);
    return h('li', { style: `border-left-color:${t.colour}` },
      teamBadge(t),
      tokenChips(t.tokens),
      h('span', { class: 'muted' }, ui('status.cards', { n: t.handCount })),
      t.ready ? h('span', { class: 'flag ok' }, icon(ICONS.check), ui('status.ready')) : null,
      votedNow && t.voted ? h('span', { class: 'flag ok' }, icon(ICONS.check), ui('status.voted')) : null,
      t.devicesOffline > 0 ? h('span', { class: 'flag warn' }, icon(ICONS.wifiOff), ui('team.offline', { n: t.devicesOffline })) : null);
  }));
}

export const cardTitle = (deck: Deck, principle: number) => {
  const card = deck.principles.find((p) => p.number === principle);
  return card ? `${principle}. ${local(card.title)}` : String(principle);
};

/** A short message that goes away by itself; refusals and confirmations. Read out by screen readers. */
export function toast(message: string, kind: 'error' | 'info' = 'info') {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', { id: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(box);
  }
  const item = h('div', { class: `toast ${kind}` }, message);
  box.append(item);
  setTimeout(() => item.remove(), 4500);
}

/** The "reconnecting…" banner: shown while offline, gone by itself when the connection is back. */
export function connectionBanner(status: 'online' | 'reconnecting' | 'lost') {
  let banner = document.getElementById('connection-banner');
  if (status === 'online') {
    banner?.remove();
    return;
  }
  if (!banner) {
    banner = h('div', { id: 'connection-banner', role: 'alert' });
    document.body.prepend(banner);
  }
  banner.replaceChildren(icon(ICONS.wifiOff), status === 'lost' ? ui('connectionLost') : ui('reconnecting'));
}

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function languageSwitch(onChange: () => void) {
  return h('button', { class: 'lang-switch', type: 'button', onclick: () => onChange() }, ui('switchLanguage'));
}

/** A confirmation in the page itself (not window.confirm): big buttons, readable, works on every tablet. */
export function confirmDialog(message: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', 'aria-modal': 'true' },
      ...message.split('\n').map((line, i) => (i === 0 ? h('h2', {}, line) : h('p', {}, line))),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary', 'data-answer': 'no' }, no),
        h('button', { type: 'button', class: 'primary', 'data-answer': 'yes' }, yes)));
    dialog.addEventListener('click', (e) => {
      const answer = (e.target as HTMLElement).closest('button')?.dataset.answer;
      if (!answer) return;
      dialog.close();
      dialog.remove();
      resolve(answer === 'yes');
    });
    dialog.addEventListener('cancel', () => {
      dialog.remove();
      resolve(false);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
