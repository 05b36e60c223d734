// Joining devices pick an existing team or make a new one (name, colour, sign).
import { TEAM_COLOURS, TEAM_ICONS } from '../../shared/vocabulary.ts';
import { h, icon, render } from '../lib/dom.ts';
import { lang, setLanguage, ui } from '../lib/i18n.ts';
import { teamIcon } from '../lib/icons.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import { explainError, type Connection } from '../lib/net.ts';
import { languageSwitch, teamBadge, toast } from './parts.ts';

export function pickTeam(root: HTMLElement, conn: Connection, g: GameModel, done: (team: string) => void) {
  const used = new Set(teamsInOrder(g).map((t) => t.colour));
  let colour: string = TEAM_COLOURS.find((c) => !used.has(c)) ?? TEAM_COLOURS[0];
  let sign: string = TEAM_ICONS[teamsInOrder(g).length % TEAM_ICONS.length]!;
  const name = h('input', { id: 'team-name', maxlength: 24, required: true, autocomplete: 'off', placeholder: ui('team.name') });
  const swatches = () => h('div', { class: 'swatches', role: 'radiogroup', 'aria-label': ui('team.colour') }, ...TEAM_COLOURS.map((c) =>
    h('button', { type: 'button', class: `swatch${c === colour ? ' on' : ''}`, style: `background:${c}`, role: 'radio', 'aria-checked': String(c === colour), 'aria-label': c,
      onclick: () => { colour = c; draw(); } })));
  const signs = () => h('div', { class: 'swatches', role: 'radiogroup', 'aria-label': ui('team.icon') }, ...TEAM_ICONS.map((s) =>
    h('button', { type: 'button', class: `sign${s === sign ? ' on' : ''}`, role: 'radio', 'aria-checked': String(s === sign), 'aria-label': s,
      onclick: () => { sign = s; draw(); } }, icon(teamIcon(s)))));
  const create = async (e: Event) => {
    e.preventDefault();
    try {
      const answer = await conn.ask('createTeam', { name: name.value, colour, icon: sign });
      done(answer.team!);
    } catch (error) {
      toast(explainError(error), 'error');
    }
  };
  const choose = async (team: string) => {
    try {
      await conn.ask('chooseTeam', { team });
      done(team);
    } catch (error) {
      toast(explainError(error), 'error');
    }
  };
  const draw = () => render(root, h('main', { class: 'pick-team' },
    h('div', { class: 'start-header' }, h('h1', {}, ui('team.choose')), languageSwitch(() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); })),
    h('ul', { class: 'team-choices' }, ...teamsInOrder(conn.game()).filter((t) => !t.bot).map((t) =>
      h('li', {}, h('button', { type: 'button', class: 'team-choice', onclick: () => choose(t.id) }, teamBadge(t), h('span', { class: 'muted' }, ui('team.join')))))),
    h('form', { class: 'card-form', onsubmit: create },
      h('h2', {}, ui('team.new')),
      h('label', { for: 'team-name' }, ui('team.name')), name,
      h('div', { class: 'label' }, ui('team.colour')), swatches(),
      h('div', { class: 'label' }, ui('team.icon')), signs(),
      h('button', { type: 'submit', class: 'primary big' }, ui('team.create')))));
  draw();
}
