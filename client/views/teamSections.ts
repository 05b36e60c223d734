// The team's tools below the task: its principle cards, the market, the initiatives under way and trading.
// lit-html templates with keyed lists: a patch touches only what changed, so a half-filled form stays as it is.
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Deck } from '../../shared/cards/schema.ts';
import type { LegalSummary } from '../../shared/protocol/legal-summary.ts';
import { principleText } from '../../shared/engine/principle-text.ts';
import { TOKEN_TYPES, type PrincipleEffect } from '../../shared/vocabulary.ts';
import type { Drafts } from '../lib/drafts.ts';
import { remaining } from '../lib/format.ts';
import { lang, local, tr, ui } from '../lib/i18n.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import { domainArt, teamBadge, tokenChips } from './teamParts.ts';
import { cardTitle, tokenText } from './parts.ts';

export interface TeamUi {
  selectedInitiative: string | null;
  selectedProject: string | null;
  openCard: number | null;
  cardDetails: boolean;
  /** What this device typed and has not yet sent, kept on the device across reloads (see teamDrafts.ts). */
  drafts: Drafts;
  /** Saves the reason after a pause in typing. */
  reasonTimer: ReturnType<typeof setTimeout> | null;
  /** A vote sent from this device and not yet confirmed: shown meanwhile, so the choice does not flicker back. */
  pendingVote: { option: string; principle: number | null } | null;
  /** The vote option whose hint is unfolded on a phone (one at a time). */
  hintOpen: string | null;
  /** Incoming trade offers this device has already pointed out. */
  seenOffers: Set<number>;
}

export interface TeamActions {
  select(ui: Partial<TeamUi>): void;
  /** Sends an intent; resolves true when the server took it (a refusal is shown as a message). */
  send(intent: object, confirm?: { title: string; lines: string[]; yes: string }): Promise<boolean>;
  redraw(): void;
}

const initiativeOf = (deck: Deck, id: string) => deck.initiatives.find((i) => i.id === id)!;
const locationName = (deck: Deck, g: GameModel, id: string) =>
  local(deck.scenarios.find((s) => s.id === g.scenario)?.locations.find((l) => l.id === id)?.name ?? { nl: id, en: id });

export function marketSection(g: GameModel, deck: Deck, legal: LegalSummary, state: TeamUi, act: TeamActions) {
  return html`<section class="panel-section" id="market" aria-labelledby="market-title">
    <h2 id="market-title">${ui('board.market')}</h2>
    <div class="cards">${repeat(g.market, (id) => id, (id) => {
      const card = initiativeOf(deck, id);
      const spots = legal.claim[id] ?? [];
      const selected = state.selectedInitiative === id;
      return html`<article class="initiative-card size-${card.size}${selected ? ' selected' : ''}${spots.length ? '' : ' dim'}">
        <button type="button" class="card-button" aria-pressed=${String(selected)} ?disabled=${spots.length === 0}
          @click=${() => act.select({ selectedInitiative: selected ? null : id, selectedProject: null })}>
          <span class="row">${domainArt(card.domains)}<span class="size">${ui(`size.${card.size}`)}</span></span>
          <b>${local(card.title)}</b>
          <span class="small">${local(card.text)}</span>
          <span class="row">${ui('board.cost')}: ${tokenChips(card.cost, { showZero: false })}</span>
          <span class="row small">${ui('board.domains')}: ${card.domains.map((d) => ui(`domains.${d}`)).join(', ')} · +${card.cp} ${ui('tracks.cp')}</span>
        </button>
        ${selected ? html`<div class="place"><p>${ui('board.chooseLocation', { initiative: local(card.title) })} <span class="muted">${ui('board.selectedHint')}</span></p>
          ${spots.map((loc) => html`<button type="button" class="primary" @click=${() => act.send({ type: 'claim', initiative: id, location: loc })}>
            ${ui('board.claim', { location: locationName(deck, g, loc) })}</button>`)}</div>` : nothing}
      </article>`;
    })}</div>
  </section>`;
}

export function projectsSection(g: GameModel, deck: Deck, legal: LegalSummary, state: TeamUi, act: TeamActions) {
  const open = Object.values(g.projects).filter((p) => !p.realised);
  if (open.length === 0) return nothing;
  return html`<section class="panel-section" id="projects" aria-labelledby="projects-title">
    <h2 id="projects-title">${ui('board.projects')}</h2>
    ${repeat(open, (p) => p.initiative, (p) => {
      const card = initiativeOf(deck, p.initiative);
      const trekker = g.teams[p.trekker];
      const types = legal.fund[p.initiative] ?? [];
      const selected = state.selectedProject === p.initiative;
      return html`<article class="project${selected ? ' selected' : ''}" style="border-left-color:${trekker?.colour ?? '#999'}">
        <button type="button" class="card-button" aria-pressed=${String(selected)}
          @click=${() => act.select({ selectedProject: selected ? null : p.initiative, selectedInitiative: null })}>
          <b>${local(card.title)}</b> <span class="small">${locationName(deck, g, p.location)}</span>
          ${trekker ? teamBadge(trekker) : nothing}
          <span class="row">${ui('board.needs')}: ${tokenChips(remaining(p.paid, card.cost), { showZero: false })}</span>
        </button>
        ${selected ? html`<div class="fund">${TOKEN_TYPES.filter((t) => types.includes(t)).map((t) => html`<button type="button" class="primary"
          @click=${() => act.send({ type: 'fund', initiative: p.initiative, tokens: { [t]: 1 } })}>+1 ${tr(`tokens.${t}`)}</button>`)}</div>` : nothing}
      </article>`;
    })}
  </section>`;
}

function describePlay(g: GameModel, deck: Deck, play: LegalSummary['play'][string][number]): string {
  const parts: string[] = [];
  if (play.initiative) parts.push(local(initiativeOf(deck, play.initiative).title));
  if (play.location) parts.push(locationName(deck, g, play.location));
  if (play.targetTeam) parts.push(`${g.teams[play.targetTeam]?.name ?? play.targetTeam}: ${tokenText(play.give ?? {})} ↔ ${tokenText(play.take ?? {})}`);
  if (play.tokenType) parts.push(tr(`tokens.${play.tokenType}`));
  if (play.choice === 'peek') parts.push(ui('hand.peek'));
  if (play.choice === 'discard' && play.card) parts.push(cardTitle(deck, play.card));
  return parts.join(' · ') || ui('hand.play');
}

/** When a card that cannot be played now can be: with a vote in Gedoe, or in Doen when what it needs is there. */
function whenText(g: GameModel, doen: string | null): string {
  if (doen === null) return ui('hand.whenVote');
  return g.phase === 'doen' ? ui('hand.notNowDoen') : ui('hand.whenDoen');
}

export function handSection(g: GameModel, deck: Deck, hand: number[], legal: LegalSummary, state: TeamUi, act: TeamActions) {
  return html`<section class="panel-section" id="hand" aria-labelledby="hand-title">
    <h2 id="hand-title">${ui('hand.title')}</h2>
    ${hand.length === 0 ? html`<p class="muted">${ui('hand.empty')}</p>` : nothing}
    <div class="cards">${repeat(hand, (n) => n, (n) => {
      const card = deck.principles.find((p) => p.number === n)!;
      const plays = legal.play[n] ?? [];
      const details = state.openCard === n && state.cardDetails;
      // What the card does, in the engine's own words and numbers.
      const does = principleText(card.effect as PrincipleEffect, lang());
      return html`<article class="principle-card${plays.length ? ' playable' : ''}" aria-labelledby="card-${n}">
        <h3 class="card-title" id="card-${n}"><span class="number" aria-hidden="true">${n}</span> ${local(card.title)}</h3>
        <p class="card-short">${local(card.short)}</p>
        ${does.doen ? html`<p class="card-does"><b>${ui('hand.inDoen')}:</b> ${does.doen}</p>` : nothing}
        <p class="card-does"><b>${ui('hand.withYourVote')}:</b> ${does.withVote}</p>
        ${details ? html`<p class="full">${local(card.full)}</p>`
          : html`<button type="button" class="link" @click=${() => act.select({ openCard: n, cardDetails: true })}>${ui('hand.readMore')}</button>`}
        ${plays.length === 0 ? html`<p class="muted when">${whenText(g, does.doen)}</p>` : nothing}
        ${plays.length > 1 ? html`<p>${ui('hand.chooseTarget')}</p>` : nothing}
        ${plays.slice(0, 24).map((play) => html`<button type="button" class="primary" @click=${() => act.send({ type: 'play', ...play }, {
          title: ui('hand.confirm'), lines: [cardTitle(deck, n), local(card.short), `→ ${describePlay(g, deck, play)}`], yes: ui('hand.playThis', { card: local(card.title) }),
        })}>${describePlay(g, deck, play)}</button>`)}
      </article>`;
    })}</div>
  </section>`;
}

/** Incoming offers: answered in the task panel, so an offer is never below the fold. */
export function incomingOffers(g: GameModel, me: string, legal: LegalSummary, act: TeamActions) {
  const incoming = g.trades.filter((t) => t.to === me);
  if (incoming.length === 0) return nothing;
  const name = (id: string) => g.teams[id]?.name ?? id;
  return html`<div class="offers" role="group" aria-label=${ui('trade.title')}>${repeat(incoming, (t) => t.id, (t) => html`<div class="trade incoming">
    <span>${ui('trade.incoming', { team: name(t.from), give: tokenText(t.give), want: tokenText(t.want) })}</span>
    ${legal.trades.answer.includes(t.id) ? html`<button type="button" class="primary" @click=${() => act.send({ type: 'answerTrade', offer: t.id, accept: true })}>${ui('trade.accept')}</button>` : nothing}
    <button type="button" class="secondary" @click=${() => act.send({ type: 'answerTrade', offer: t.id, accept: false })}>${ui('trade.decline')}</button>
  </div>`)}</div>`;
}

/**
 * The trade form. Its fields are never bound to a value: lit leaves them alone on every patch and timer tick,
 * so a form filled slowly keeps what was chosen; the values are read when it is sent.
 */
export function tradeSection(g: GameModel, me: string, act: TeamActions) {
  const others = teamsInOrder(g).filter((t) => t.id !== me);
  if (others.length === 0) return nothing;
  const amounts = [1, 2, 3];
  const tokenOptions = TOKEN_TYPES.map((t) => html`<option value=${t}>${tr(`tokens.${t}`)}</option>`);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const v = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    const ok = await act.send({ type: 'offerTrade', to: v('to'), give: { [v('give')]: Number(v('giveN')) }, want: { [v('want')]: Number(v('wantN')) } });
    if (ok) form.reset();
  };
  const name = (id: string) => g.teams[id]?.name ?? id;
  return html`<section class="panel-section" id="trade" aria-labelledby="trade-title">
    <h2 id="trade-title">${ui('trade.title')}</h2>
    ${repeat(g.trades.filter((t) => t.from === me), (t) => t.id, (t) => html`<div class="trade">
      ${ui('trade.outgoing', { team: name(t.to), give: tokenText(t.give), want: tokenText(t.want) })}
      <button type="button" class="secondary" @click=${() => act.send({ type: 'cancelTrade', offer: t.id })}>${ui('trade.cancel')}</button></div>`)}
    <form class="trade-form" @submit=${submit}>
      <label for="trade-to">${ui('trade.to')}</label>
      <select id="trade-to" name="to">${repeat(others, (t) => t.id, (t) => html`<option value=${t.id}>${t.name}</option>`)}</select>
      <span class="label" id="trade-give-label">${ui('trade.give')}</span>
      <span class="pair" role="group" aria-labelledby="trade-give-label">
        <select id="trade-give-n" name="giveN" aria-label=${ui('trade.giveAmount')}>${amounts.map((n) => html`<option value=${n}>${n}</option>`)}</select>
        <select id="trade-give" name="give" aria-label=${ui('trade.giveType')}>${tokenOptions}</select></span>
      <span class="label" id="trade-want-label">${ui('trade.want')}</span>
      <span class="pair" role="group" aria-labelledby="trade-want-label">
        <select id="trade-want-n" name="wantN" aria-label=${ui('trade.wantAmount')}>${amounts.map((n) => html`<option value=${n}>${n}</option>`)}</select>
        <select id="trade-want" name="want" aria-label=${ui('trade.wantType')}>${tokenOptions}</select></span>
      <button type="submit" class="secondary">${ui('trade.offer')}</button>
    </form>
  </section>`;
}
