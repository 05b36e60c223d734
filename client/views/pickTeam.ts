// Joining devices pick an existing team or make a new one (name, colour, sign). lit-html: the name typed so far
// stays while other teams join and the list of teams changes.
import { html, nothing, render } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { TEAM_COLOURS, TEAM_ICONS } from '../../shared/vocabulary.ts';
import { lang, setLanguage, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { teamIcon } from '../lib/icons.ts';
import { teamsInOrder } from '../lib/model.ts';
import { explainError, type Connection } from '../lib/net.ts';
import { toast } from './parts.ts';
import { colourName, iconName, teamBadge } from './teamParts.ts';

export function pickTeam(root: HTMLElement, conn: Connection, done: (team: string) => void) {
  const taken = () => new Set(teamsInOrder(conn.game()).map((t) => t.colour));
  let colour: string = TEAM_COLOURS.find((c) => !taken().has(c)) ?? TEAM_COLOURS[0];
  let sign: string = TEAM_ICONS[teamsInOrder(conn.game()).length % TEAM_ICONS.length]!;
  let finished = false;
  const mount = document.createElement('div');
  root.replaceChildren(mount);

  const create = async (e: Event) => {
    e.preventDefault();
    const name = ((e.currentTarget as HTMLFormElement).elements.namedItem('team-name') as HTMLInputElement).value;
    try {
      const answer = await conn.ask('createTeam', { name, colour, icon: sign });
      finish(answer.team!);
    } catch (error) {
      toast(explainError(error), 'error');
    }
  };
  const choose = async (team: string) => {
    try {
      await conn.ask('chooseTeam', { team });
      finish(team);
    } catch (error) {
      toast(explainError(error), 'error');
    }
  };
  const finish = (team: string) => {
    finished = true;
    done(team);
  };

  const draw = () => {
    if (finished) return;
    const teams = teamsInOrder(conn.game()).filter((t) => !t.bot);
    render(html`<main class="pick-team">
      <div class="start-header"><h1>${ui('team.choose')}</h1>
        <button type="button" class="lang-switch" @click=${() => { setLanguage(lang() === 'nl' ? 'en' : 'nl'); draw(); }}>${ui('switchLanguage')}</button></div>
      ${teams.length ? html`<ul class="team-choices">${repeat(teams, (t) => t.id, (t) => html`<li>
        <button type="button" class="team-choice" @click=${() => choose(t.id)}>${teamBadge(t)}<span class="muted">${ui('team.join')}</span></button></li>`)}</ul>` : nothing}
      <form class="card-form" @submit=${create}>
        <h2>${ui('team.new')}</h2>
        <label for="team-name">${ui('team.name')}</label>
        <input id="team-name" name="team-name" maxlength="24" required autocomplete="off" placeholder=${ui('team.name')}>
        <div class="label" id="colour-label">${ui('team.colour')}</div>
        <div class="swatches" role="radiogroup" aria-labelledby="colour-label">${TEAM_COLOURS.map((c) => html`<button type="button"
          class="swatch${c === colour ? ' on' : ''}" style="background:${c}" role="radio" aria-checked=${String(c === colour)}
          aria-label=${colourName(c)} @click=${() => { colour = c; draw(); }}></button>`)}</div>
        <div class="label" id="icon-label">${ui('team.icon')}</div>
        <div class="swatches" role="radiogroup" aria-labelledby="icon-label">${TEAM_ICONS.map((s) => html`<button type="button"
          class="sign${s === sign ? ' on' : ''}" role="radio" aria-checked=${String(s === sign)} aria-label=${iconName(s)}
          @click=${() => { sign = s; draw(); }}>${svgIcon(teamIcon(s))}</button>`)}</div>
        <button type="submit" class="primary big">${ui('team.create')}</button>
      </form>
    </main>`, mount);
  };
  conn.onChange(() => draw());
  draw();
}
