// The task panel: the first thing on a team's screen. The phase's one-line instruction and the controls to do it.
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { Deck } from '../../shared/cards/schema.ts';
import type { LegalSummary } from '../../shared/protocol/legal-summary.ts';
import { local, tr, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';
import type { GameModel } from '../lib/model.ts';
import { count } from '../lib/plural.ts';
import { incomingOffers, type TeamActions, type TeamUi } from './teamSections.ts';
import { closingPurpose, draftOf, harvestPurpose } from './teamDrafts.ts';
import { phaseName, teamList, thisDevice } from './teamParts.ts';
import { REASON_MAX, voteTask } from './teamVote.ts';

export const ANSWER_MAX = 280;

export interface TaskContext {
  g: GameModel; deck: Deck; team: string; legal: LegalSummary; state: TeamUi; act: TeamActions;
  /** This device's session id (whose vote counts is shown). */
  device: string;
  /** The facilitator key this device holds (it created a self-run session): it opens the debrief. */
  debriefKey: string | null;
  selfRun: { start(): void; next(): void };
}

/** Which task is shown: a change of it brings the panel into view and moves focus to it. */
export const taskKey = (g: GameModel) => `${g.phase}:${g.round}:${g.dilemma?.revealed ? 'revealed' : ''}`;

export function taskPanel(c: TaskContext) {
  const { instruction, body } = phaseTask(c);
  return html`<section class="task" id="task" aria-labelledby="task-title">
    <p class="task-label">${ui('task.label')} · ${phaseName(c.g.phase)}</p>
    <h2 id="task-title" tabindex="-1">${instruction}</h2>
    ${body}
  </section>`;
}

function readyButton({ g, team, legal, act }: TaskContext) {
  const me = g.teams[team]!;
  if (legal.ready === null) return nothing;
  return me.ready
    ? html`<span class="flag ok">${svgIcon(ICONS.check)} ${ui('task.readyDone')}</span>
        <button type="button" class="secondary" id="ready" @click=${() => act.send({ type: 'ready', ready: false })}>${ui('ready.undo')}</button>`
    : html`<button type="button" class="primary big" id="ready" @click=${() => act.send({ type: 'ready', ready: true })}>${svgIcon(ICONS.check)} ${ui('task.ready')}</button>`;
}

const selfRunNext = (c: TaskContext) => c.g.selfRun ? html`<button type="button" class="secondary" @click=${() => c.selfRun.next()}>${ui('console.next')}</button>` : nothing;

function phaseTask(c: TaskContext): { instruction: string; body: TemplateResult | typeof nothing } {
  const { g, team, legal, state, act } = c;
  switch (g.phase) {
    case 'lobby':
      return { instruction: ui('task.lobby'), body: html`${teamList(g)}${thisDevice(g, c.device)}
        ${g.selfRun ? html`<div class="task-actions"><button type="button" class="primary big" @click=${() => c.selfRun.start()}>${ui('console.start')}</button></div>` : nothing}` };
    case 'ontmoeten':
      return { instruction: ui('task.ontmoeten'), body: html`<div class="task-actions">${readyButton(c)}${selfRunNext(c)}</div>` };
    case 'doen': {
      const offers = g.trades.filter((t) => t.to === team).length;
      const steps: [string, string][] = [['#market', ui('task.step.claim')], ['#projects', ui('task.step.fund')], ['#hand', ui('task.step.play')], ['#trade', ui('task.step.trade')]];
      return { instruction: ui('task.doen'), body: html`
        ${offers ? html`<p class="notice-line">${svgIcon(ICONS.handshake)} ${count('offers', offers)}</p>` : nothing}
        ${incomingOffers(g, team, legal, act)}
        <nav class="steps" aria-label=${ui('task.doenSteps')}>${steps.filter(([href]) => href !== '#projects' || Object.values(g.projects).some((p) => !p.realised))
          .map(([href, text]) => html`<a class="button secondary step" href=${href}>${text}</a>`)}</nav>
        <div class="task-actions">${readyButton(c)}${selfRunNext(c)}</div>` };
    }
    case 'gedoe': {
      const d = g.dilemma;
      const locked = Boolean(g.privates?.[team]?.voteLocked);
      const instruction = d?.revealed ? ui('task.gedoeRevealed') : locked ? ui('task.gedoeLocked') : ui('task.gedoe');
      return { instruction, body: html`${voteTask(g, c.deck, team, legal, state, act, c.device)}<div class="task-actions">${selfRunNext(c)}</div>` };
    }
    case 'vieren':
      return { instruction: ui('task.vieren'), body: html`${celebration(c)}${harvestForm(c)}<div class="task-actions">${selfRunNext(c)}</div>` };
    case 'afsluiten':
      return { instruction: ui('task.afsluiten'), body: html`${closingForm(c, 0)}${closingForm(c, 1)}<div class="task-actions">${selfRunNext(c)}</div>` };
    case 'ended':
      return { instruction: ui('task.ended'), body: html`${endResult(g)}
        ${c.debriefKey ? html`<a class="button primary big" href="/debrief/${g.code}#key=${encodeURIComponent(c.debriefKey)}">${ui('end.debrief')}</a>` : nothing}` };
    default:
      return { instruction: tr(`phases.${g.phase}`), body: nothing };
  }
}

function celebration({ g, deck }: TaskContext) {
  const realised = Object.values(g.projects).filter((p) => p.realised && p.realisedRound === g.round);
  if (realised.length === 0) return nothing;
  return html`<div class="celebration">${svgIcon(ICONS.sparkles)} <b>${ui('celebrate.title')}</b>
    <ul>${realised.map((p) => {
      const by = Object.keys(p.funders).map((id) => g.teams[id]?.name).filter(Boolean).join(', ') || (g.teams[p.trekker]?.name ?? '');
      return html`<li><b>${local(deck.initiatives.find((i) => i.id === p.initiative)!.title)}</b> ${ui('celebrate.by', { teams: by })} · +${p.cp}</li>`;
    })}</ul></div>`;
}

interface RoundRecord { round: number; harvest?: { team: string; text: string }[] }

function harvestLine(g: GameModel, team: string): string {
  try {
    const rounds = JSON.parse(g.history) as RoundRecord[];
    return rounds.find((r) => r.round === g.round)?.harvest?.find((h) => h.team === team)?.text ?? '';
  } catch {
    return '';
  }
}

/** One line for the harvest wall. The field keeps what is typed; the team's shared line shows below it. */
function harvestForm({ g, team, legal, state, act }: TaskContext) {
  const shared = harvestLine(g, team);
  const purpose = harvestPurpose(g);
  const value = draftOf(state.drafts, purpose, shared, 'harvest') ?? shared;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await act.send({ type: 'harvest', text: value.trim() })) state.drafts.set(purpose, null);
    act.redraw();
  };
  return html`<form class="line-form" @submit=${submit}>
    <label for="harvest">${ui('harvest.label')}</label>
    <input id="harvest" maxlength=${REASON_MAX} autocomplete="off" ?disabled=${!legal.harvest} .value=${live(value)}
      @input=${(e: Event) => { state.drafts.set(purpose, (e.target as HTMLInputElement).value); act.redraw(); }}>
    <div class="row between"><span class="muted small">${ui('vote.reasonLeft', { n: REASON_MAX - value.length })}</span>
      <button type="submit" class="primary" ?disabled=${!legal.harvest || !value.trim() || value.trim() === shared}>${ui('harvest.send')}</button></div>
    ${shared ? html`<p class="flag ok">${svgIcon(ICONS.check)} ${ui('harvest.shared', { text: shared })}</p>` : nothing}
  </form>`;
}

interface Closing { questions: [string | null, string | null]; answers: { team: string; question: 0 | 1; text: string }[] }

function closingOf(g: GameModel): Closing {
  try {
    return g.closing ? (JSON.parse(g.closing) as Closing) : { questions: [null, null], answers: [] };
  } catch {
    return { questions: [null, null], answers: [] };
  }
}

function closingForm({ g, team, legal, state, act }: TaskContext, question: 0 | 1) {
  const closing = closingOf(g);
  const text = closing.questions[question] ?? tr(`closing.question${question}`);
  const shared = closing.answers.find((a) => a.team === team && a.question === question)?.text ?? '';
  const purpose = closingPurpose(question);
  const value = draftOf(state.drafts, purpose, shared, `closing-${question}`) ?? shared;
  const may = legal.closing.includes(question);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await act.send({ type: 'closingAnswer', question, text: value.trim() })) state.drafts.set(purpose, null);
    act.redraw();
  };
  return html`<form class="line-form" @submit=${submit}>
    <label for="closing-${question}">${text}</label>
    <textarea id="closing-${question}" rows="2" maxlength=${ANSWER_MAX} ?disabled=${!may} .value=${live(value)}
      @input=${(e: Event) => { state.drafts.set(purpose, (e.target as HTMLTextAreaElement).value); act.redraw(); }}></textarea>
    <div class="row between"><span class="muted small">${ui('vote.reasonLeft', { n: ANSWER_MAX - value.length })}</span>
      <button type="submit" class="primary" ?disabled=${!may || !value.trim() || value.trim() === shared}>${ui('closing.send')}</button></div>
    ${shared ? html`<p class="flag ok">${svgIcon(ICONS.check)} ${ui('closing.shared')}</p>` : nothing}
  </form>`;
}

function endResult(g: GameModel) {
  const result = g.result ? (JSON.parse(g.result) as { won: boolean; cp: number; target: number; domains: number }) : null;
  if (!result) return nothing;
  return html`<div class="end ${result.won ? 'won' : 'not-won'}"><p><b>${result.won ? ui('end.won') : ui('end.notWon')}</b></p>
    <p>${ui('tracks.cp')} ${result.cp} · ${ui('tracks.target', { target: result.target })} · ${count('domains', result.domains)}</p></div>`;
}
