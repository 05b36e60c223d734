// The team's actions in the Doen phase: start an initiative, contribute, play principle cards, trade.
import type { Deck } from '../../shared/cards/schema.ts';
import type { LegalSummary } from '../../shared/protocol/legal-summary.ts';
import { TOKEN_TYPES, type TokenType } from '../../shared/vocabulary.ts';
import { h } from '../lib/dom.ts';
import { initiativeArt } from '../lib/domains.ts';
import { remaining } from '../lib/format.ts';
import { local, tr, ui } from '../lib/i18n.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import { cardTitle, teamBadge, tokenChips, tokenText } from './parts.ts';

export interface TeamUi {
  selectedInitiative: string | null;
  selectedProject: string | null;
  openCard: number | null;
  cardDetails: boolean;
}

export interface TeamActions {
  select(ui: Partial<TeamUi>): void;
  send(intent: object, confirm?: string): void;
}

const initiativeOf = (deck: Deck, id: string) => deck.initiatives.find((i) => i.id === id)!;

export function marketSection(g: GameModel, deck: Deck, legal: LegalSummary, state: TeamUi, act: TeamActions) {
  const locations = deck.scenarios.find((s) => s.id === g.scenario)?.locations ?? [];
  return h('section', { class: 'panel-section' }, h('h2', {}, ui('board.market')),
    h('div', { class: 'cards' }, ...g.market.map((id) => {
      const card = initiativeOf(deck, id);
      const spots = legal.claim[id] ?? [];
      const selected = state.selectedInitiative === id;
      return h('article', { class: `initiative-card size-${card.size}${selected ? ' selected' : ''}${spots.length ? '' : ' dim'}` },
        h('button', { type: 'button', class: 'card-button', 'aria-pressed': String(selected), disabled: spots.length === 0,
          onclick: () => act.select({ selectedInitiative: selected ? null : id, selectedProject: null }) },
          h('span', { class: 'row' }, initiativeArt(card.domains), h('span', { class: 'size' }, ui(`size.${card.size}`))),
          h('b', {}, local(card.title)),
          h('span', { class: 'small' }, local(card.text)),
          h('span', { class: 'row' }, `${ui('board.cost')}: `, tokenChips(card.cost, { showZero: false })),
          h('span', { class: 'row small' }, `${ui('board.domains')}: ${card.domains.map((d) => ui(`domains.${d}`)).join(', ')} · +${card.cp}`)),
        selected ? h('div', { class: 'place' }, h('p', {}, ui('board.chooseLocation', { initiative: local(card.title) })),
          ...spots.map((loc) => h('button', { type: 'button', class: 'primary', onclick: () => act.send({ type: 'claim', initiative: id, location: loc }) },
            ui('board.claim', { location: local(locations.find((l) => l.id === loc)?.name ?? { nl: loc, en: loc }) })))) : null);
    })));
}

export function projectsSection(g: GameModel, deck: Deck, legal: LegalSummary, state: TeamUi, act: TeamActions) {
  const open = Object.values(g.projects).filter((p) => !p.realised);
  if (open.length === 0) return null;
  return h('section', { class: 'panel-section' }, h('h2', {}, ui('board.projects')),
    ...open.map((p) => {
      const card = initiativeOf(deck, p.initiative);
      const trekker = g.teams[p.trekker];
      const types = legal.fund[p.initiative] ?? [];
      const selected = state.selectedProject === p.initiative;
      return h('article', { class: `project${selected ? ' selected' : ''}`, style: `border-left-color:${trekker?.colour ?? '#999'}` },
        h('button', { type: 'button', class: 'card-button', 'aria-pressed': String(selected), onclick: () => act.select({ selectedProject: selected ? null : p.initiative, selectedInitiative: null }) },
          h('b', {}, local(card.title)), trekker ? teamBadge(trekker) : null,
          h('span', { class: 'row' }, `${ui('board.needs')}: `, tokenChips(remaining(p.paid, card.cost), { showZero: false }))),
        selected ? h('div', { class: 'fund' }, ...TOKEN_TYPES.filter((t) => types.includes(t)).map((t: TokenType) =>
          h('button', { type: 'button', class: 'primary', onclick: () => act.send({ type: 'fund', initiative: p.initiative, tokens: { [t]: 1 } }) },
            `+1 ${tr(`tokens.${t}`)}`))) : null);
    }));
}

function describePlay(g: GameModel, deck: Deck, play: LegalSummary['play'][string][number]): string {
  const parts: string[] = [];
  if (play.initiative) parts.push(local(initiativeOf(deck, play.initiative).title));
  if (play.location) parts.push(local(deck.scenarios.find((s) => s.id === g.scenario)?.locations.find((l) => l.id === play.location)?.name ?? { nl: '', en: '' }));
  if (play.targetTeam) parts.push(`${g.teams[play.targetTeam]?.name ?? play.targetTeam}: ${tokenText(play.give ?? {})} ↔ ${tokenText(play.take ?? {})}`);
  if (play.tokenType) parts.push(tr(`tokens.${play.tokenType}`));
  if (play.choice === 'peek') parts.push('👁 2');
  if (play.choice === 'discard' && play.card) parts.push(cardTitle(deck, play.card));
  return parts.join(' · ') || ui('hand.play');
}

export function handSection(g: GameModel, deck: Deck, hand: number[], legal: LegalSummary, state: TeamUi, act: TeamActions) {
  return h('section', { class: 'panel-section' }, h('h2', {}, ui('hand.title')),
    hand.length === 0 ? h('p', { class: 'muted' }, ui('hand.empty')) : null,
    h('div', { class: 'cards' }, ...hand.map((n) => {
      const card = deck.principles.find((p) => p.number === n)!;
      const plays = legal.play[n] ?? [];
      const open = state.openCard === n;
      return h('article', { class: `principle-card${open ? ' selected' : ''}` },
        h('button', { type: 'button', class: 'card-button', 'aria-expanded': String(open), onclick: () => act.select({ openCard: open ? null : n, cardDetails: false }) },
          h('span', { class: 'number' }, n), h('b', {}, local(card.title))),
        open ? h('div', { class: 'card-body' },
          h('p', {}, local(card.short)),
          state.cardDetails ? h('p', { class: 'full' }, local(card.full)) : h('button', { type: 'button', class: 'link', onclick: () => act.select({ cardDetails: true }) }, ui('hand.readMore')),
          plays.length === 0 ? h('p', { class: 'muted' }, ['dialoog', 'partnerschap', 'team-in-vertrouwen', 'transparant'].includes(card.effect) ? ui('hand.withVote') : ui('hand.notNow')) : null,
          plays.length > 1 ? h('p', {}, ui('hand.chooseTarget')) : null,
          ...plays.slice(0, 24).map((play) => h('button', { type: 'button', class: 'primary',
            onclick: () => act.send({ type: 'play', ...play }, `${ui('hand.confirm')}\n${cardTitle(deck, n)}\n${local(card.short)}\n→ ${describePlay(g, deck, play)}`) },
            describePlay(g, deck, play)))) : null);
    })));
}

export function tradeSection(g: GameModel, me: string, legal: LegalSummary, act: TeamActions) {
  const others = teamsInOrder(g).filter((t) => t.id !== me);
  if (others.length === 0) return null;
  const select = (id: string, options: [string, string][]) => h('select', { id }, ...options.map(([v, label]) => h('option', { value: v }, label)));
  const tokenOptions = TOKEN_TYPES.map((t) => [t, tr(`tokens.${t}`)] as [string, string]);
  const amounts: [string, string][] = [['1', '1'], ['2', '2'], ['3', '3']];
  const form = h('form', { class: 'trade-form', onsubmit: (e: Event) => {
    e.preventDefault();
    const v = (id: string) => (form.querySelector(`#${id}`) as HTMLSelectElement).value;
    act.send({ type: 'offerTrade', to: v('trade-to'), give: { [v('trade-give')]: Number(v('trade-give-n')) }, want: { [v('trade-want')]: Number(v('trade-want-n')) } });
  } },
    h('label', { for: 'trade-to' }, ui('trade.to')), select('trade-to', others.map((t) => [t.id, t.name])),
    h('label', { for: 'trade-give' }, ui('trade.give')), select('trade-give-n', amounts), select('trade-give', tokenOptions),
    h('label', { for: 'trade-want' }, ui('trade.want')), select('trade-want-n', amounts), select('trade-want', tokenOptions),
    h('button', { type: 'submit', class: 'secondary' }, ui('trade.offer')));
  const name = (id: string) => g.teams[id]?.name ?? id;
  return h('section', { class: 'panel-section' }, h('h2', {}, ui('trade.title')),
    ...g.trades.filter((t) => t.to === me).map((t) => h('div', { class: 'trade' },
      ui('trade.incoming', { team: name(t.from), give: tokenText(t.give), want: tokenText(t.want) }),
      legal.trades.answer.includes(t.id) ? h('button', { type: 'button', class: 'primary', onclick: () => act.send({ type: 'answerTrade', offer: t.id, accept: true }) }, ui('trade.accept')) : null,
      h('button', { type: 'button', class: 'secondary', onclick: () => act.send({ type: 'answerTrade', offer: t.id, accept: false }) }, ui('trade.decline')))),
    ...g.trades.filter((t) => t.from === me).map((t) => h('div', { class: 'trade' },
      ui('trade.outgoing', { team: name(t.to), give: tokenText(t.give), want: tokenText(t.want) }),
      h('button', { type: 'button', class: 'secondary', onclick: () => act.send({ type: 'cancelTrade', offer: t.id }) }, ui('trade.cancel')))),
    form);
}
