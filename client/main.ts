// The web app's entry: one page, routed by its path.
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './styles.css';
import './views/kit.css';
import { html, render } from 'lit-html';
import { withCurrentDeck } from './lib/currentDeck.ts';
import { followSession, ui } from './lib/i18n.ts';
import { connect, deviceToken, explainError, facilitatorKey, fetchDeck, lookUpCode, rememberKey } from './lib/net.ts';

const root = document.getElementById('app')!;

function fail(message: string) {
  const mount = document.createElement('div');
  root.replaceChildren(mount);
  render(html`<main class="start"><h1>${ui('appTitle')}</h1><p class="note error" role="alert">${message}</p>
    <a href="/" class="button primary">← ${ui('appTitle')}</a></main>`, mount);
}

/** Where a tablet on the same Wi-Fi can reach this server (the projector page may itself be on localhost). */
async function joinBase(): Promise<string> {
  if (!['localhost', '127.0.0.1', '[::1]'].includes(location.hostname)) return location.origin;
  const info = await fetch('/api/server-info').then((r) => r.json()).catch(() => ({ lanOrigins: [] }));
  return info.lanOrigins?.[0] ?? location.origin;
}

function keyFromHash(code: string): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromHash) {
    rememberKey(code, fromHash);
    history.replaceState(null, '', location.pathname);
  }
  return fromHash ?? facilitatorKey(code);
}

/** A dilemma-only session: the screens show no board and no tokens (see views/kit.css). */
function markDilemmasOnly(mode: string) {
  document.body.classList.toggle('dilemmas-only', mode === 'dilemmas');
}

/** What every page of a running session takes from it before it draws: its mode and its language. */
function followSessionSettings(game: { mode: string; language: string }) {
  markDilemmasOnly(game.mode);
  followSession(game.language);
}

async function route() {
  const [, page, rawCode] = location.pathname.split('/');
  const code = (rawCode ?? '').toUpperCase();
  try {
    if (!page) {
      const deck = await fetch('/api/scenarios').then((r) => r.json());
      const { startView } = await import('./views/start.ts');
      return startView(root, deck);
    }
    if (page === 'debrief') {
      const key = keyFromHash(code);
      if (!key) return fail(ui('error.noKey'));
      const { debriefView } = await import('./views/debrief.ts');
      return await debriefView(root, code, key, await fetchDeck(code));
    }
    const session = await lookUpCode(code);
    const deck = await fetchDeck(session.code);
    if (page === 'facilitate' || page === 'watch') {
      const key = page === 'facilitate' ? keyFromHash(session.code) : null;
      if (page === 'facilitate' && !key) return fail(ui('error.noKey'));
      const conn = withCurrentDeck(await connect(session.roomId, key ? { role: 'facilitator', key } : { role: 'observer', code: session.code }), deck, session.code);
      followSessionSettings(conn.game());
      const { projectorView } = await import('./views/projector.ts');
      const base = await joinBase();
      const projector = projectorView(root, conn, deck, session.code, base);
      if (key) (await import('./views/console.ts')).facilitatorConsole(projector, conn, deck, session.code, key, base);
      return;
    }
    if (page === 'join' || page === 'play') {
      const conn = withCurrentDeck(await connect(session.roomId, { role: 'team', code: session.code, deviceToken: deviceToken() }), deck, session.code);
      followSessionSettings(conn.game());
      const seat = () => conn.game().devices[conn.room.sessionId]?.team || null;
      const { teamView } = await import('./views/team.ts');
      const playFor = (team: string) => {
        teamView(root, conn, deck, team);
        // Moved to another team (the facilitator's console): the page starts again in the new team, so nothing of
        // the old team's hand, vote or drafts stays on the screen.
        conn.onChange(() => {
          const now = seat();
          if (now && now !== team) location.reload();
        });
      };
      const team = seat();
      if (team) return playFor(team);
      const { pickTeam } = await import('./views/pickTeam.ts');
      return pickTeam(root, conn, playFor);
    }
    fail(ui('error.generic'));
  } catch (error) {
    fail(explainError(error));
  }
}

void route();
