// The debrief: community power per round, realised initiatives on the map, value domains, principles played,
// every dilemma with each team's choice and the reflection questions; downloads and a printable page.
import { html, render } from 'lit-html';
import type { Deck } from '../../shared/cards/schema.ts';
import type { Debrief } from '../../shared/debrief/build.ts';
import { createBoard } from '../board/createBoard.ts';
import { lang, setLanguage, tr, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { debriefTalk } from './debriefTalk.ts';
import { inReadersLanguage } from './debriefLanguage.ts';
import { ICONS } from '../lib/icons.ts';
import { count } from '../lib/plural.ts';
import { languageSwitch, reducedMotion } from './parts.ts';

export async function debriefView(root: HTMLElement, code: string, key: string, deck: Deck) {
  const mount = document.createElement('div');
  const res = await fetch(`/api/sessions/${code}/export.json`, { headers: { 'x-facilitator-key': key } });
  root.replaceChildren(mount);
  if (!res.ok) {
    render(html`<main class="start"><p class="note">${ui('error.noKey')}</p></main>`, mount);
    return;
  }
  const d = inReadersLanguage((await res.json()) as Debrief, deck);
  const team = (id: string) => d.teams.find((t) => t.id === id);
  // The chart, the map and the conversation draw into boxes of their own (Chart.js, Phaser, a lit template).
  const canvas = Object.assign(document.createElement('canvas'), { id: 'cp-chart' });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', ui('debrief.chart'));
  const boardBox = Object.assign(document.createElement('div'), { className: 'board debrief-board' });
  const talk = Object.assign(document.createElement('div'), { className: 'debrief-talk-box' });
  const q = `?key=${encodeURIComponent(key)}`;
  const withBoard = d.mode !== 'dilemmas';
  const cofunders = (i: Debrief['initiatives'][number]) => i.cofunders.length
    ? `; ${tr('debrief.cofunders', { teams: i.cofunders.map((f) => `${team(f.team)?.name ?? f.team} ${f.tokens}`).join(', ') })}` : '';
  render(html`<main class="debrief">
    <header class="debrief-header">
      <h1>${tr('debrief.title')} · ${d.scenario.name}</h1>
      <div class="row no-print">
        ${(['json', 'csv', 'md'] as const).map((f) => html`<a class="button secondary" href="/api/sessions/${code}/export.${f}${q}" download="gemeenschapskracht-${code}.${f}" id="download-${f}">${svgIcon(ICONS.download)}${ui('debrief.download')} ${f.toUpperCase()}</a>`)}
        <button type="button" class="secondary" @click=${() => window.print()}>${svgIcon(ICONS.printer)}${ui('debrief.print')}</button>
        ${languageSwitch(() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); void debriefView(root, code, key, deck); })}
      </div>
    </header>
    ${withBoard ? html`
      <p class="result">${d.result ? (d.result.won ? ui('end.won') : ui('end.notWon')) : ''} ${ui('end.summary', { cp: d.cp, target: d.target, domains: count('domains', d.domains.length) })}</p>
      <section class="debrief-grid">
        <div class="chart-box"><h2>${ui('debrief.chart')}</h2>${canvas}</div>
        <div><h2>${ui('debrief.initiatives')}</h2>${boardBox}
          <ul>${d.initiatives.filter((i) => i.realised).map((i) => html`<li><b>${i.title}</b> · ${i.location} · ${tr('debrief.trekker', { team: team(i.trekker)?.name ?? '' })}${cofunders(i)} · +${i.cp}</li>`)}</ul></div>
      </section>
      <section><h2>${ui('debrief.domains')}</h2><p>${d.domains.map((x) => ui(`domains.${x}`)).join(', ') || '—'}</p></section>`
    : html`<p class="result">${tr('debrief.dilemmasOnly')}</p>`}
    ${talk}
  </main>`, mount);
  // The conversation: votes with reasons, harvest, principles argued and played, closing answers, questions, plan.
  debriefTalk(talk, d);
  if (!withBoard) return;

  const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Filler } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Filler);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: d.timeline.map((r) => String(r.round)),
      datasets: [
        { label: ui('tracks.cp'), data: d.timeline.map((r) => r.cpEnd), borderColor: '#1F5F4A', backgroundColor: 'rgba(31,95,74,0.15)', fill: true, borderWidth: 4, pointRadius: 6 },
        { label: ui('tracks.target', { target: d.target }), data: d.timeline.map(() => d.target), borderColor: '#D55E00', borderDash: [8, 6], borderWidth: 3, pointRadius: 0 },
      ],
    },
    options: { animation: reducedMotion() ? false : undefined, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
  });

  const scenario = deck.scenarios.find((s) => s.id === d.scenario.id);
  const board = createBoard(boardBox);
  board.update({
    locations: (scenario?.locations ?? []).map((l) => ({ id: l.id, name: l.name[lang()], type: l.type, x: l.x, y: l.y })),
    projects: d.initiatives.filter((i) => i.realised).map((i) => {
      const loc = scenario?.locations.find((l) => l.name[d.language] === i.location);
      const cofunders = Object.keys(i.funders).filter((id) => id !== i.trekker).map((id) => team(id)?.colour ?? '#999');
      return { location: loc?.id ?? '', title: i.title, colour: team(i.trekker)?.colour ?? '#999', icon: team(i.trekker)?.icon ?? 'star', cofunders, progress: 1, realised: true, overgenomen: i.overgenomen, paused: false };
    }),
    highlight: [], selected: null, reducedMotion: true,
  });
}
