// The console's "move a tablet to another team": a device belongs to its team, and only the facilitator moves it.
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { ui } from '../lib/i18n.ts';
import type { GameModel } from '../lib/model.ts';
import { deviceName } from './parts.ts';

export function deviceMoves(g: GameModel, teams: { id: string; name: string; bot?: string }[], act: (action: object) => void) {
  // By the number each device keeps for the session: a reload neither renames a tablet nor moves it in the list.
  const devices = Object.entries(g.devices ?? {}).filter(([, d]) => d.role === 'team' && d.team).sort(([, a], [, b]) => a.number - b.number);
  if (devices.length === 0) return nothing;
  const people = teams.filter((t) => !t.bot);
  return html`<ul class="console-devices" aria-label=${ui('console.moveDevice')}>${repeat(devices, ([id]) => id, ([id, d]) => html`<li>
    <b>${deviceName(d)}</b> · ${g.teams[d.team]?.name ?? d.team}${d.online ? '' : ` (${ui('console.offline')})`}
    <select aria-label=${`${ui('console.moveDevice')}: ${deviceName(d)}`}
      @change=${(e: Event) => { const team = (e.target as HTMLSelectElement).value; if (team !== d.team) act({ type: 'moveDevice', device: id, team }); }}>
      ${repeat(people, (t) => t.id, (t) => html`<option value=${t.id} .selected=${live(t.id === d.team)}>${t.name}</option>`)}
    </select></li>`)}</ul>`;
}
