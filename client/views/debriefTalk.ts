// The debrief about the conversation: every dilemma with each team's vote, reason and principle, the harvest
// lines, principles argued beside principles played, the closing answers, the facilitator's questions for the
// participants' own practice, and the session plan. Data from shared/debrief; the page around it is debrief.ts.
import { html, render } from 'lit-html';
import type { Debrief } from '../../shared/debrief/build.ts';
import { t } from '../../shared/i18n/index.ts';
import { planRows, planSummary } from '../../shared/plan/words.ts';
import { lang } from '../lib/i18n.ts';
import './kit.css';

export function debriefTalk(box: HTMLElement, d: Debrief) {
  const L = lang();
  const k = (key: string, params?: Record<string, string | number>) => t(L, `debrief.${key}`, params);
  const name = (id: string) => d.teams.find((x) => x.id === id)?.name ?? id;
  const principles = [...new Set([...Object.keys(d.principlesArgued), ...Object.keys(d.principlesPlayed)])].sort((a, b) => Number(a) - Number(b));
  render(html`
    <section class="debrief-talk" id="debrief-dilemmas">
      <h2>${t(L, 'ui.debrief.dilemmas')}</h2>
      ${d.timeline.filter((r) => r.dilemma || r.harvest.length).map((r) => html`<article class="debrief-dilemma">
        <h3>${k('round', { round: r.round })}${r.dilemma ? `: ${r.dilemma.title}` : ''}</h3>
        ${r.dilemma ? html`<table class="debrief-votes"><thead><tr><th scope="col">${k('team')}</th><th scope="col">${k('choice')}</th><th scope="col">${k('principle')}</th><th scope="col">${k('reason')}</th></tr></thead>
          <tbody>${r.choices.map((c) => html`<tr><th scope="row">${name(c.team)}</th>
            <td>${c.label}${c.advice ? ` (${k('advice')})` : ''}${c.defaulted ? ` (${k('defaulted')})` : ''}</td>
            <td>${c.principle ? `${c.principle}. ${c.principleTitle ?? ''}` : ''}</td><td>${c.reason}</td></tr>`)}</tbody></table>
          <p class="reflection"><b>${k('reflection')}:</b> ${r.dilemma.reflection}</p>` : null}
        ${r.harvest.length ? html`<h4>${k('harvest')}</h4><ul class="debrief-harvest">${r.harvest.map((h) => html`<li><b>${name(h.team)}:</b> ${h.text}</li>`)}</ul>` : null}
        ${r.dialogueBonus ? html`<p>${k('dialogueBonus')}: ${name(r.dialogueBonus)}</p>` : null}
      </article>`)}
    </section>
    ${principles.length ? html`<section class="debrief-talk" id="debrief-principles"><h2>${k('principlesTitle')}</h2>
      <table><thead><tr><th scope="col">${k('principle')}</th><th scope="col">${k('argued')}</th><th scope="col">${k('played')}</th></tr></thead>
      <tbody>${principles.map((n) => {
        const argued = d.principlesArgued[n];
        return html`<tr><th scope="row">${n}. ${argued?.title ?? d.principlesPlayed[n]?.title}</th>
          <td>${argued ? html`${argued.count}×<ul>${argued.reasons.map((x) => html`<li>${name(x.team)}: ${x.reason || '—'}</li>`)}</ul>` : '—'}</td>
          <td>${d.principlesPlayed[n]?.count ?? 0}×</td></tr>`;
      })}</tbody></table></section>` : null}
    ${d.closing.answers.length ? html`<section class="debrief-talk" id="debrief-closing"><h2>${k('closing')}</h2>
      ${d.closing.questions.map((question, q) => html`<h3>${question}</h3>
        <ul>${d.closing.answers.filter((a) => a.question === q).map((a) => html`<li><b>${name(a.team)}:</b> ${a.text}</li>`)}</ul>`)}</section>` : null}
    <section class="debrief-talk" id="debrief-questions"><h2>${t(L, 'questions.title')}</h2>
      <ol>${d.questions.map((q) => html`<li>${q}</li>`)}</ol></section>
    ${d.plan ? html`<section class="debrief-talk" id="debrief-plan"><h2>${t(L, 'plan.title')}</h2><p>${planSummary(L, d.plan)}</p>
      <table><tbody>${planRows(L, d.plan).map((row) => html`<tr><td>${row.time}</td><th scope="row">${row.name}</th><td>${row.detail}</td></tr>`)}</tbody></table></section>` : null}
  `, box);
}
