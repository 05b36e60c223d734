// Gedoe on a team device: the dilemma, the options with their hints in words, the team's current choice (live on
// every device of the team), a reason and a principle card, "Stem vastleggen"; after the reveal, teamReveal.ts.
// On a phone the whole vote fits one screen: each option is one compact row with its hint one tap away.
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Deck, Dilemma } from '../../shared/cards/schema.ts';
import type { LegalSummary } from '../../shared/protocol/legal-summary.ts';
import { local, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { count } from '../lib/plural.ts';
import { ICONS } from '../lib/icons.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import { cardTitle } from './parts.ts';
import { tokenChips } from './teamParts.ts';
import { draftOf, reasonPurpose } from './teamDrafts.ts';
import { revealed } from './teamReveal.ts';
import type { TeamActions, TeamUi } from './teamSections.ts';

export const REASON_MAX = 140;
const REASON_SAVE_PAUSE_MS = 1200;

type LocalText = { nl: string; en: string };
/** The option's consequences in words (card schema v2); older decks have none. */
const hintOf = (o: Dilemma['options'][number]) => (o as { hint?: LocalText }).hint;

export function voteTask(g: GameModel, deck: Deck, team: string, legal: LegalSummary, state: TeamUi, act: TeamActions, device: string) {
  const d = g.dilemma;
  const card = d ? deck.dilemmas.find((c) => c.id === d.card) : undefined;
  if (!d || !card) return nothing;
  const target = d.initiative ? deck.initiatives.find((i) => i.id === d.initiative) : null;
  const head = html`<div class="dilemma-kind">${ui(`dilemma.kind.${card.kind}`)}</div>
    <h3 class="dilemma-title">${local(card.title)}</h3>
    ${d.revealed ? nothing : html`<p class="situation">${local(card.situation)}</p>`}
    ${target ? html`<p class="muted">→ ${local(target.title)}</p>` : nothing}`;
  return d.revealed
    ? html`<div class="dilemma ${card.kind}">${head}${revealed(g, deck, card, team)}</div>`
    : html`<div class="dilemma voting ${card.kind}">${voting(head, g, deck, card, team, legal, state, act, device)}</div>`;
}

function voting(head: TemplateResult, g: GameModel, deck: Deck, card: Dilemma, team: string, legal: LegalSummary, state: TeamUi, act: TeamActions, device: string) {
  const mine = g.privates?.[team];
  const option = state.pendingVote?.option ?? (mine?.vote || null);
  const principle = state.pendingVote ? state.pendingVote.principle : (mine?.votePrinciple || null);
  const locked = Boolean(mine?.voteLocked);
  const purpose = reasonPurpose(g);
  const saved = mine?.voteReason ?? '';
  const reason = draftOf(state.drafts, purpose, saved, 'vote-reason') ?? saved;
  const allowedCards = option ? (legal.vote[option] ?? []).filter((p): p is number => p !== null) : [];
  const mayVote = Object.keys(legal.vote).length > 0 && !locked;

  const send = async (next: { option: string; principle: number | null }) => {
    act.select({ pendingVote: next });
    const text = (state.drafts.get(purpose) ?? saved).trim();
    await act.send({ type: 'vote', option: next.option, ...(text ? { reason: text } : {}), ...(next.principle ? { principle: next.principle } : {}) });
    act.select({ pendingVote: null });
  };
  const choose = (id: string) => {
    // A card that does not go with the new option is dropped; one that does stays.
    const keep = principle !== null && (legal.vote[id] ?? []).includes(principle) ? principle : null;
    void send({ option: id, principle: keep });
  };
  const unsaved = () => {
    const text = state.drafts.get(purpose);
    return text !== null && text.trim() !== saved;
  };
  const saveReason = () => {
    if (state.reasonTimer) clearTimeout(state.reasonTimer);
    state.reasonTimer = null;
    if (option && unsaved()) void send({ option, principle });
  };
  const lock = async () => {
    if (!option) return;
    if (unsaved()) await send({ option, principle });
    await act.send({ type: 'lockVote' });
  };
  const chosen = card.options.find((o) => o.id === option);
  const by = mine?.voteBy ? (mine.voteBy === device ? ui('dilemma.byThisDevice') : ui('dilemma.byOtherDevice')) : '';
  const total = teamsInOrder(g).length;

  const targets = g.dilemma?.targets ?? [];
  const advice = targets.length > 0 && !targets.includes(team)
    ? html`<p class="note small">${ui('vote.advice', { teams: targets.map((id) => g.teams[id]?.name ?? id).join(', ') })}</p>` : nothing;
  return html`<div class="vote-card">${head}${advice}
    <fieldset class="vote-options">
      <legend>${ui('vote.options')}</legend>
      ${repeat(card.options, (o) => o.id, (o) => {
        const hint = hintOf(o);
        const hintOpen = state.hintOpen === o.id;
        // The radio is disabled one by one (not the fieldset), so a hint can still be read once the vote is locked.
        return html`<div class="option-row">
          <label class="option-choice${o.id === option ? ' chosen' : ''}">
          <input type="radio" name="vote-option" value=${o.id} .checked=${live(o.id === option)} ?disabled=${!mayVote || !(o.id in legal.vote)}
            @change=${() => choose(o.id)}>
          <span class="option-text"><b class="option-label">${local(o.label)}</b>
          ${Object.values(o.cost).some((n) => n > 0) ? html`<span class="option-cost">${ui('dilemma.cost')}: ${tokenChips(o.cost, { showZero: false })}</span>` : nothing}
          ${!locked && mayVote && !(o.id in legal.vote) ? html`<span class="muted small">${ui('vote.cannotPay')}</span>` : nothing}
          ${hint ? html`<span class="option-hint${hintOpen ? ' open' : ''}" id="hint-${o.id}">${local(hint)}</span>` : nothing}</span>
          </label>
          ${hint ? html`<button type="button" class="hint-toggle" aria-expanded=${hintOpen ? 'true' : 'false'} aria-controls="hint-${o.id}"
            aria-label=${ui('vote.hintFor', { option: local(o.label) })} @click=${() => act.select({ hintOpen: hintOpen ? null : o.id })}>${svgIcon(ICONS.info)}</button>` : nothing}
        </div>`;
      })}
    </fieldset></div>
    <div class="vote-controls">
    <div class="label-row"><label for="vote-reason">${ui('vote.reason')}</label>
      <span class="muted small" aria-live="polite">${ui('vote.reasonLeft', { n: REASON_MAX - reason.length })}</span></div>
    <textarea id="vote-reason" rows="2" maxlength=${REASON_MAX} ?disabled=${locked} .value=${live(reason)}
      @input=${(e: Event) => {
        state.drafts.set(purpose, (e.target as HTMLTextAreaElement).value);
        // Saved after a pause in typing too, so the team's other devices see it while this one still has the field.
        if (state.reasonTimer) clearTimeout(state.reasonTimer);
        state.reasonTimer = setTimeout(saveReason, REASON_SAVE_PAUSE_MS);
        act.redraw();
      }}
      @change=${saveReason}></textarea>
    ${state.drafts.get(purpose) !== null && option && !locked ? html`<div class="row end"><button type="button" class="link" @click=${saveReason}>${ui('vote.saveReason')}</button></div>` : nothing}
    <label for="vote-principle">${ui('vote.principle')}</label>
    <select id="vote-principle" ?disabled=${!option || locked || allowedCards.length === 0}
      @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; if (option) void send({ option, principle: v ? Number(v) : null }); }}>
      <option value="" .selected=${live(!principle)}>${ui('vote.noPrinciple')}</option>
      ${repeat(allowedCards, (n) => n, (n) => html`<option value=${String(n)} .selected=${live(n === principle)}>${cardTitle(deck, n)}</option>`)}
    </select>
    ${option && allowedCards.length === 0 ? html`<p class="muted small">${ui('vote.noCardFits')}</p>` : nothing}
    <p class="vote-status" aria-live="polite">${chosen ? html`${svgIcon(ICONS.check)}
      <span class="status-choice">${ui('vote.current', { option: local(chosen.label) })}</span><span class="status-short" aria-hidden="true">${ui('vote.chosen')}</span>
      <span class="muted">${by}</span>` : ui('vote.none')}</p>
    <div class="task-actions">
      ${locked ? html`<span class="flag ok big-flag">${svgIcon(ICONS.lock)} ${ui('vote.locked')}</span>`
        : html`<button type="button" id="lock-vote" class="primary big" ?disabled=${!option || !legal.lockVote} @click=${lock}>${svgIcon(ICONS.lock)} ${ui('vote.lock')}</button>`}
      <span class="muted lock-count">${count('lockedMarks', total, { n: g.dilemma?.voted.length ?? 0, total })}</span>
    </div></div>`;
}
