// The reveal on a team device, in one screen even on a phone with eight teams: per option what it does and which
// teams chose it, the team's own vote and reason, and the question to talk about. Every team's reason and card sit
// one tap away behind a disclosure (the projector shows them to the room).
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Deck, Dilemma, DilemmaEffect } from '../../shared/cards/schema.ts';
import { describeEffects } from '../lib/effects.ts';
import { local, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { teamIcon } from '../lib/icons.ts';
import { teamsInOrder, type ChoiceModel, type GameModel, type TeamModel } from '../lib/model.ts';
import { count } from '../lib/plural.ts';
import { cardTitle } from './parts.ts';
import { teamBadge } from './teamParts.ts';

const letter = (i: number) => String.fromCharCode(65 + i);

function parseOutcomes(json: string | undefined): { id: string; effects?: DilemmaEffect[]; hidden?: DilemmaEffect[] }[] | null {
  if (!json) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** A team's disc, named for screen readers (the summary shows discs, not names, to stay on one line). */
const namedDisc = (team: TeamModel) => html`<span class="team-disc${team.colour.toUpperCase() === '#000000' ? ' dark' : ''}" role="img"
  aria-label=${team.name} title=${team.name} style="background:${team.colour}">${svgIcon(teamIcon(team.icon))}</span>`;

export function revealed(g: GameModel, deck: Deck, card: Dilemma, team: string) {
  const outcomes = parseOutcomes(g.dilemma?.outcomes);
  const numbers = (id: string) => {
    const o = outcomes?.find((x) => x.id === id) ?? card.options.find((x) => x.id === id);
    return o ? describeEffects([...(o.effects ?? []), ...(o.hidden ?? [])]) : '';
  };
  const order = new Map(teamsInOrder(g).map((t, i) => [t.id, i]));
  const choices = [...(g.dilemma?.choices ?? [])].sort((a, b) => (order.get(a.team) ?? 99) - (order.get(b.team) ?? 99));
  const ours = choices.find((c) => c.team === team);
  const optionLabel = (id: string) => {
    const o = card.options.find((x) => x.id === id);
    return o ? local(o.label) : id;
  };
  return html`<h4 id="reveal-title">${ui('reveal.title')}</h4>
    <ul class="reveal-summary" aria-labelledby="reveal-title">${card.options.map((o, i) => {
      const by = choices.filter((c) => c.option === o.id);
      return html`<li class="reveal-option${by.length ? '' : ' unchosen'}">
        <span class="option-letter" aria-hidden="true">${letter(i)}</span>
        <div class="reveal-option-text"><b>${local(o.label)}</b>
          <div class="reveal-votes"><span class="vote-count">${count('votes', by.length)}</span>
            ${by.map((c) => (g.teams[c.team] ? namedDisc(g.teams[c.team]!) : nothing))}</div>
          <div class="option-numbers">${numbers(o.id) || ui('dilemma.noEffects')}</div></div>
      </li>`;
    })}</ul>
    ${ours ? html`<div class="reveal-ours">
      <b>${ui('reveal.yours')}:</b> ${optionLabel(ours.option)}${ours.defaulted ? html` <span class="muted">${ui('dilemma.defaulted')}</span>` : nothing}
      ${ours.reason ? html`<div>“${ours.reason}”</div>` : nothing}
      ${ours.principle ? html`<div><span class="muted">${ui('reveal.principle')}:</span> ${cardTitle(deck, ours.principle)}</div>` : nothing}</div>` : nothing}
    <p class="reflection"><b>${ui('dilemma.reflection')}:</b> ${local(card.reflection)}</p>
    <details class="reveal-reasons"><summary>${ui('reveal.allReasons', { n: choices.length })}</summary>
      <ul class="reveal-list">${repeat(choices, (c) => c.team, (c) => revealItem(g, deck, c, optionLabel(c.option)))}</ul>
    </details>`;
}

function revealItem(g: GameModel, deck: Deck, c: ChoiceModel, option: string) {
  const team = g.teams[c.team];
  return html`<li class="reveal-item" style="border-left-color:${team?.colour ?? '#999'}">
    ${team ? teamBadge(team) : c.team} ${c.advice ? html`<span class="muted">(${ui('reveal.advice')})</span>` : nothing}
    <div class="reveal-option">${option} ${c.defaulted ? html`<span class="muted">${ui('dilemma.defaulted')}</span>` : nothing}</div>
    ${c.reason ? html`<div><span class="muted">${ui('reveal.reason')}:</span> “${c.reason}”</div>` : nothing}
    ${c.principle ? html`<div><span class="muted">${ui('reveal.principle')}:</span> ${cardTitle(deck, c.principle)}</div>` : nothing}
  </li>`;
}
