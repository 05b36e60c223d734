// The dilemma on the projector, as blocks the paged stage lays out: the situation and every option with its hint
// (no numbers before the reveal), then the reveal: per option its numbers and every team that chose it, with the
// team's reason and principle card, and the question to talk about.
import { html, nothing } from 'lit-html';
import type { Deck, Dilemma, DilemmaEffect, LocalText } from '../../shared/cards/schema.ts';
import type { Tokens } from '../../shared/vocabulary.ts';
import { describeEffects } from '../lib/effects.ts';
import { local, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';
import { teamsInOrder, type ChoiceModel, type GameModel } from '../lib/model.ts';
import { count } from '../lib/plural.ts';
import type { Block } from './paged.ts';
import { cardTitle } from './parts.ts';
import { teamBadge, tokenChips } from './teamParts.ts';

interface Outcome { id: string; effects: DilemmaEffect[]; hidden: DilemmaEffect[]; cost: Partial<Tokens> }

const letter = (i: number) => String.fromCharCode(65 + i);
const hintOf = (option: Dilemma['options'][number]) => (option as { hint?: LocalText }).hint;

export const dilemmaCard = (g: GameModel, deck: Deck) => (g.dilemma ? deck.dilemmas.find((c) => c.id === g.dilemma!.card) ?? null : null);

function heading(card: Dilemma, g: GameModel, deck: Deck): Block {
  const d = g.dilemma!;
  const target = d.initiative ? deck.initiatives.find((i) => i.id === d.initiative) : null;
  const deciders = teamsInOrder(g).filter((t) => d.targets.includes(t.id));
  const everyone = deciders.length === teamsInOrder(g).length;
  return {
    key: 'heading',
    body: html`<div class="dilemma-head ${card.kind}">
      <div class="dilemma-kind">${ui(`dilemma.kind.${card.kind}`)}</div>
      <h2>${local(card.title)}</h2>
      ${target ? html`<p class="muted">→ ${local(target.title)}</p>` : nothing}
      ${everyone ? nothing : html`<p class="deciders">${ui('dilemma.decides')} ${deciders.map((t) => teamBadge(t))}
        <span class="muted">${ui('dilemma.othersAdvise')}</span></p>`}</div>`,
  };
}

/** Before the reveal: the situation and the options in words. */
export function dilemmaBlocks(g: GameModel, deck: Deck): Block[] {
  const card = dilemmaCard(g, deck);
  if (!card) return [];
  return [
    heading(card, g, deck),
    { key: 'situation', body: html`<p class="situation">${local(card.situation)}</p>` },
    ...card.options.map((o, i): Block => {
      const hint = hintOf(o);
      return {
        key: `option-${o.id}`,
        body: html`<div class="option"><span class="option-letter" aria-hidden="true">${letter(i)}</span>
          <div><div class="option-label"><span class="visually-hidden">${ui('dilemma.option', { letter: letter(i) })}: </span>${local(o.label)}</div>
          ${hint ? html`<div class="option-hint">${local(hint)}</div>` : nothing}</div></div>`,
      };
    }),
  ];
}

function outcomes(g: GameModel, card: Dilemma): Outcome[] {
  try {
    if (g.dilemma?.outcomes) return JSON.parse(g.dilemma.outcomes) as Outcome[];
  } catch { /* an unreadable field falls back to the card's own numbers */ }
  return card.options.map((o) => ({ id: o.id, effects: o.effects, hidden: o.hidden, cost: o.cost }));
}

function numbers(outcome: Outcome | undefined) {
  if (!outcome) return nothing;
  const words = describeEffects([...outcome.effects, ...outcome.hidden]);
  const cost = Object.values(outcome.cost).some((n) => (n ?? 0) > 0);
  if (!words && !cost) return html`<div class="option-numbers muted">${ui('dilemma.noEffects')}</div>`;
  return html`<div class="option-numbers">${words}${cost ? html`<span class="option-cost"> · ${ui('dilemma.cost')}: ${tokenChips(outcome.cost, { showZero: false })}</span>` : nothing}</div>`;
}

// Each vote card carries its option's letter: the cards flow into columns and pages, so one may stand at the top
// of a column beside another option; the letter keeps it readable as "Alfa chose B" from the back of the room.
function voteBlock(g: GameModel, deck: Deck, c: ChoiceModel, optionIndex: number): Block {
  const team = g.teams[c.team];
  return {
    key: `vote-${c.team}`,
    // The reason runs on after the team's name (not on a line of its own): a vote takes a line less, so more fit a column.
    body: html`<div class="vote-card" style="border-left-color:${team?.colour ?? '#999'}"><p class="vote-line">
      <span class="option-letter small" aria-hidden="true">${letter(optionIndex)}</span>
      <span class="visually-hidden">${ui('dilemma.option', { letter: letter(optionIndex) })}: </span>
      ${team ? teamBadge(team) : c.team}${c.advice ? html` <span class="muted">(${ui('reveal.advice')})</span>` : nothing}
      ${c.reason ? html`<span class="vote-reason">“${c.reason}”</span>` : nothing}</p>
      ${c.principle ? html`<p class="vote-principle">${svgIcon(ICONS.sparkles)} ${cardTitle(deck, c.principle)}</p>` : nothing}
      ${c.defaulted ? html`<p class="muted">${ui('dilemma.defaulted')}</p>` : nothing}</div>`,
  };
}

/** After the reveal: per option its numbers and the teams that chose it (the question to talk about is pinned). */
export function revealBlocks(g: GameModel, deck: Deck): Block[] {
  const card = dilemmaCard(g, deck);
  if (!card) return [];
  const choices = g.dilemma?.choices ?? [];
  const results = outcomes(g, card);
  const order = new Map(teamsInOrder(g).map((t, i) => [t.id, i]));
  return [
    heading(card, g, deck),
    ...card.options.flatMap((o, i): Block[] => {
      const chosen = choices.filter((c) => c.option === o.id).sort((a, b) => (order.get(a.team) ?? 99) - (order.get(b.team) ?? 99));
      return [
        {
          key: `option-${o.id}`,
          keepWithNext: chosen.length > 0,
          body: html`<div class="option revealed${chosen.length ? '' : ' unchosen'}"><span class="option-letter" aria-hidden="true">${letter(i)}</span>
            <div><div class="option-label"><span class="visually-hidden">${ui('dilemma.option', { letter: letter(i) })}: </span>${local(o.label)}
              <span class="vote-count">${count('votes', chosen.length)}</span></div>
            ${numbers(results.find((r) => r.id === o.id))}</div></div>`,
        },
        // The votes for one option may change places among themselves, so the columns fill up.
        ...chosen.map((c): Block => ({ ...voteBlock(g, deck, c, i), run: `votes-${o.id}` })),
      ];
    }),
  ];
}

/** The question to talk about: under the votes on every page of the reveal, so it is there while the room talks. */
export function reflectionBlock(g: GameModel, deck: Deck): Block | null {
  const card = dilemmaCard(g, deck);
  return card ? { key: 'reflection', body: html`<p class="reflection"><b>${ui('dilemma.reflection')}:</b> ${local(card.reflection)}</p>` } : null;
}
