// The console's "move a tablet to another team": a device belongs to its team, and only the facilitator moves it.
import { h } from '../lib/dom.ts';
import { ui } from '../lib/i18n.ts';
import type { GameModel } from '../lib/model.ts';

export function deviceMoves(g: GameModel, teams: { id: string; name: string; bot?: string }[], act: (action: object) => void) {
  const devices = Object.entries(g.devices ?? {}).filter(([, d]) => d.role === 'team' && d.team);
  if (devices.length === 0) return null;
  const people = teams.filter((t) => !t.bot);
  return h('ul', { class: 'console-devices', 'aria-label': ui('console.moveDevice') }, ...devices.map(([id, d], i) => {
    const select = h('select', { 'aria-label': `${ui('console.moveDevice')}: ${ui('console.device', { n: i + 1 })}` },
      ...people.map((t) => h('option', { value: t.id, selected: t.id === d.team || undefined }, t.name)));
    select.addEventListener('change', () => select.value !== d.team && act({ type: 'moveDevice', device: id, team: select.value }));
    return h('li', {}, `${ui('console.device', { n: i + 1 })}${d.online ? '' : ` (${ui('console.offline')})`} `, select);
  }));
}
