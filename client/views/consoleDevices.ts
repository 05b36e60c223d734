// The console's "move a tablet to another team": a device belongs to its team, and only the facilitator moves it.
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { ui } from '../lib/i18n.ts';
import type { GameModel } from '../lib/model.ts';

export function deviceMoves(g: GameModel, teams: { id: string; name: string; bot?: string }[], act: (action: object) => void) {
  const devices = Object.entries(g.devices ?? {}).filter(([, d]) => d.role === 'team' && d.team);
  if (devices.length === 0) return nothing;
  const people = teams.filter((t) => !t.bot);
  return html`<ul class="console-devices" aria-label=${ui('console.moveDevice')}>${repeat(devices, ([id]) => id, ([id, d], i) => html`<li>
    ${ui('console.device', { n: i + 1 })}${d.online ? '' : ` (${ui('console.offline')})`}
    <select aria-label=${`${ui('console.moveDevice')}: ${ui('console.device', { n: i + 1 })}`}
      @change=${(e: Event) => { const team = (e.target as HTMLSelectElement).value; if (team !== d.team) act({ type: 'moveDevice', device: id, team }); }}>
      ${repeat(people, (t) => t.id, (t) => html`<option value=${t.id} .selected=${live(t.id === d.team)}>${t.name}</option>`)}
    </select></li>`)}</ul>`;
}
