// The session plan in the facilitator's console: where the session stands against the clock ("6 min achter"),
// the prompt for this moment, the whole plan, and a printable page. Console only: the projector never shows it.
import { html, render, nothing } from 'lit-html';
import type { SessionPlan } from '../../shared/plan/plan.ts';
import type { MomentStart } from '../../shared/plan/progress.ts';
import { standing } from '../../shared/plan/standing.ts';
import { blockName, planPrompts, planRows, planSummary, promptFor, standingText, stepName } from '../../shared/plan/words.ts';
import { lang } from '../lib/i18n.ts';
import { t } from '../../shared/i18n/index.ts';
import type { GameModel } from '../lib/model.ts';
import type { Connection } from '../lib/net.ts';
import './kit.css';

interface PlanData {
  plan: SessionPlan | null;
  moments: MomentStart[];
  /** Server clock minus this device's clock, so "behind" is measured on the server's time. */
  offset: number;
}

const p = (key: string, params?: Record<string, string | number>) => t(lang(), `plan.${key}`, params);
const momentKey = (g: GameModel) => `${g.round}:${g.phase}:${g.dilemma?.revealed ? 1 : 0}`;

async function fetchPlan(code: string, key: string): Promise<PlanData | null> {
  const res = await fetch(`/api/sessions/${code}/plan`, { headers: { 'x-facilitator-key': key } }).catch(() => null);
  if (!res?.ok) return null;
  const body = (await res.json()) as { plan: SessionPlan | null; moments: MomentStart[]; now: number };
  return { plan: body.plan, moments: body.moments, offset: body.now - Date.now() };
}

/** The whole plan as one printable page (printed alone: see kit.css). */
function printPlan(plan: SessionPlan) {
  // A sheet left from a print without an afterprint event (it is hidden on screen) makes way for the new one.
  document.querySelector('.plan-sheet')?.remove();
  const sheet = document.createElement('section');
  sheet.className = 'plan-sheet';
  render(html`<h1>${p('title')}</h1><p>${planSummary(lang(), plan)}</p>
    <table><tbody>${planRows(lang(), plan).map((row) => html`<tr><td>${row.time}</td><th scope="row">${row.name}</th><td>${row.detail}</td></tr>`)}</tbody></table>
    <h2>${p('prompts')}</h2>
    <dl>${planPrompts(lang(), plan).map((x) => html`<dt>${x.name}</dt><dd>${x.prompt}</dd>`)}</dl>`, sheet);
  document.body.append(sheet);
  document.body.classList.add('print-plan');
  const done = () => {
    document.body.classList.remove('print-plan');
    sheet.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function planPanel(box: HTMLElement, conn: Connection, code: string, key: string) {
  let data: PlanData | null = null;
  let loadedFor = '';

  const draw = () => {
    const plan = data?.plan;
    if (!plan) return render(nothing, box);
    const g = conn.game();
    const moments = data!.moments;
    const position = { phase: g.phase, round: g.round, revealed: g.phase === 'gedoe' && Boolean(g.dilemma?.revealed) };
    const s = standing(plan, position, { startedAt: moments[0]?.at ?? null, momentStartedAt: moments.at(-1)?.at ?? null, now: Date.now() + data!.offset });
    const late = s.lateMinutes;
    const tone = late === null ? 'none' : late >= 3 ? 'behind' : late <= -3 ? 'ahead' : 'on-time';
    const name = s.step ? `${blockName(lang(), s.block)} · ${stepName(lang(), s.step)}` : blockName(lang(), s.block);
    // Folded by default: the console may be on the projector, and the prompt is for the facilitator.
    render(html`<details class="console-plan" id="console-plan">
      <summary><span>${p('title')}</span> <span class="plan-standing plan-${tone}" id="plan-standing">${standingText(lang(), late)}</span>
        <span class="plan-now"><b>${p('now')}:</b> ${name} <span class="plan-clock">(${p('clock', { from: s.plannedStart, to: s.plannedEnd })})</span></span></summary>
      <p class="plan-prompt" id="plan-prompt"><b>${p('prompt')}:</b> ${promptFor(lang(), plan.mode, s.moment)}</p>
      <details class="plan-all"><summary>${planSummary(lang(), plan)}</summary>
        <ol class="plan-list">${plan.blocks.map((b) => html`<li class=${b === s.block ? 'plan-current' : ''}>
          <span class="plan-clock">${p('clock', { from: b.start, to: b.start + b.minutes })}</span> ${blockName(lang(), b)}</li>`)}</ol>
      </details>
      <button type="button" class="secondary" id="plan-print" @click=${() => printPlan(plan)}>${p('print')}</button>
    </details>`, box);
  };

  const load = async () => {
    const g = conn.game();
    loadedFor = momentKey(g);
    data = await fetchPlan(code, key);
    draw();
  };
  conn.onChange((g) => {
    if (momentKey(g) !== loadedFor) void load();
  });
  // The standing changes with the clock, not only with the game.
  setInterval(draw, 15_000);
  void load();
}
