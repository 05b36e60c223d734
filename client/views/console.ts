// The facilitator's console, on the projector screen (collapsible) or on a second device with the key.
import type { Deck } from '../../shared/cards/schema.ts';
import { TEAM_COLOURS, TEAM_ICONS } from '../../shared/vocabulary.ts';
import { h, render } from '../lib/dom.ts';
import { local, ui } from '../lib/i18n.ts';
import { teamsInOrder } from '../lib/model.ts';
import { explainError, type Connection } from '../lib/net.ts';
import { consoleKit } from './consoleKit.ts';
import { deviceMoves } from './consoleDevices.ts';
import { planPanel } from './consolePlan.ts';
import { confirmDialog, teamBadge, toast } from './parts.ts';

export function facilitatorConsole(box: HTMLElement, conn: Connection, deck: Deck, code: string, key: string) {
  let open = true;
  let teamsOpen = false;
  // The session plan draws itself into its own box, kept across the console's redraws.
  const planBox = h('div', { class: 'console-plan-box' });
  planPanel(planBox, conn, code, key);
  // Deck choice and own cases, also in their own box.
  const kitBox = h('div', { class: 'console-kit-box' });
  consoleKit(kitBox, conn, deck, key);
  const act = async (action: object, confirm?: string) => {
    if (confirm && !(await confirmDialog(confirm, ui('console.yes'), ui('board.cancel')))) return;
    try {
      await conn.ask('facilitator', { key, action });
    } catch (error) {
      toast(explainError(error), 'error');
    }
  };
  const togglePause = () => act({ type: conn.game().paused ? 'resume' : 'pause' });

  window.addEventListener('keydown', (e) => {
    if ((e.target as HTMLElement).closest('input, select, textarea, dialog')) return;
    if (e.key === ' ') {
      e.preventDefault();
      void act({ type: 'next' });
    } else if (e.key === 'p' || e.key === 'P') {
      void togglePause();
    }
  });

  const draw = () => {
    const g = conn.game();
    if (!open) {
      render(box, h('button', { type: 'button', class: 'console-toggle', onclick: () => { open = true; draw(); } }, ui('console.show')));
      return;
    }
    const choices = g.facilitator?.f?.dilemmaChoices ?? [];
    const pick = h('select', { id: 'pick-dilemma', 'aria-label': ui('console.pick') },
      h('option', { value: '' }, ui('console.pickNone')),
      ...choices.map((id) => h('option', { value: id }, local(deck.dilemmas.find((d) => d.id === id)?.title ?? { nl: id, en: id }))));
    pick.addEventListener('change', () => pick.value && act({ type: 'pickDilemma', dilemma: pick.value }));
    const teams = teamsInOrder(g);
    const colour = TEAM_COLOURS[teams.length % TEAM_COLOURS.length]!;
    const sign = TEAM_ICONS[teams.length % TEAM_ICONS.length]!;
    render(box, h('section', { class: 'console', 'aria-label': ui('console.title') },
      h('div', { class: 'console-head' }, h('h2', {}, ui('console.title')), h('button', { type: 'button', class: 'link', onclick: () => { open = false; draw(); } }, ui('console.hide'))),
      planBox,
      kitBox,
      h('div', { class: 'console-row' },
        g.phase === 'lobby' ? h('button', { type: 'button', class: 'primary', id: 'console-start', onclick: () => act({ type: 'start' }) }, ui('console.start'))
          : h('button', { type: 'button', class: 'primary', id: 'console-next', disabled: g.phase === 'ended', onclick: () => act({ type: 'next' }) }, ui('console.next')),
        h('button', { type: 'button', class: 'secondary', onclick: togglePause, disabled: g.phase === 'lobby' || g.phase === 'ended' }, g.paused ? ui('console.resume') : ui('console.pause')),
        h('button', { type: 'button', class: 'secondary', disabled: !g.timer.phaseKey, onclick: () => act({ type: 'extendTimer', seconds: 60 }) }, ui('console.extend')),
        h('button', { type: 'button', class: 'secondary', disabled: !g.timer.phaseKey, onclick: () => act({ type: 'next' }) }, ui('console.skip'))),
      h('div', { class: 'console-row' }, pick,
        h('button', { type: 'button', class: 'secondary', disabled: g.phase !== 'vieren', onclick: () => act({ type: 'dialogueBonus' }) }, ui('console.bonus')),
        h('button', { type: 'button', class: 'secondary', onclick: () => act({ type: 'undo' }, ui('console.confirmUndo')) }, ui('console.undo'))),
      h('div', { class: 'console-row' },
        h('button', { type: 'button', class: 'secondary', id: 'console-add-bot', disabled: g.phase === 'ended',
          onclick: () => act({ type: 'addTeam', name: `Robot ${teams.length + 1}`, colour, icon: sign, bot: 'sensible' }) }, ui('console.addBot')),
        h('button', { type: 'button', class: 'danger', disabled: g.phase === 'ended' || g.phase === 'lobby', onclick: () => act({ type: 'end' }, ui('console.confirmEnd')) }, ui('console.end')),
        h('a', { class: 'button secondary', id: 'console-debrief', href: `/debrief/${code}#key=${encodeURIComponent(key)}`, target: '_blank' }, ui('console.debrief'))),
      h('details', { class: 'console-teams-box', open: teamsOpen || undefined, ontoggle: (e: Event) => { teamsOpen = (e.target as HTMLDetailsElement).open; } },
        h('summary', {}, `${ui('lobby.teams')} (${teams.length})`),
        h('ul', { class: 'console-teams' }, ...teams.map((t) => h('li', {}, teamBadge(t),
        h('button', { type: 'button', class: 'link', onclick: async () => {
          const name = window.prompt(ui('console.rename'), t.name);
          if (name) await act({ type: 'renameTeam', team: t.id, name });
        } }, ui('console.rename')),
        t.bot ? null : h('button', { type: 'button', class: 'link', onclick: () => act({ type: 'setBot', team: t.id, bot: 'sensible' }) }, ui('console.toBot')),
        h('button', { type: 'button', class: 'link danger', onclick: () => act({ type: 'removeTeam', team: t.id }, ui('console.confirmRemove', { team: t.name })) }, ui('console.remove'))))),
        deviceMoves(g, teams, (action) => void act(action)))));
  };
  // Redraw on every change, except while the facilitator is choosing in a list (it would close under the pointer).
  conn.onChange(() => {
    if (!(document.activeElement instanceof HTMLSelectElement && box.contains(document.activeElement))) draw();
  });
  draw();
}
