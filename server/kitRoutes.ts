// Routes of the facilitator's kit:
// - GET /api/sessions/CODE/plan (facilitator key): the session plan and when each moment of the game began, so the
//   console can show where the session stands against the clock. Never shown on the projector.
// - GET /api/dilemmas: the built-in dilemmas (title, kind, themes), for the deck choice on the start page.
import type { Application, Request } from 'express';
import { momentStarts } from '../shared/plan/progress.ts';
import { gameSettingsOf, planForSettings } from '../shared/plan/settings.ts';
import { secretMatches } from './crypto.ts';
import { builtInDeck, deckForSession } from './decks.ts';
import type { AttemptLimiter } from './limits.ts';
import type { SessionRecord, SessionStore } from './store.ts';

/** The session, when the request carries its facilitator key (header or ?key=). */
export function facilitatorSession(store: SessionStore, req: Request): SessionRecord | null {
  const session = store.session(String(req.params.code).toUpperCase());
  const key = String(req.get('x-facilitator-key') ?? req.query.key ?? '');
  return session && key && secretMatches(key, session.keyHash) ? session : null;
}

export async function sessionTimes(store: SessionStore, session: SessionRecord) {
  const log = store.actions(session.code);
  return momentStarts(await deckForSession(session.code, session.settings), gameSettingsOf(session.settings), session.seed, log);
}

/** A wrong key counts in the server's one limiter of guesses. */
interface Guard {
  limiter: AttemptLimiter;
  address(req: Request): string;
}

export function mountKitRoutes(app: Application, store: SessionStore, guard: Guard) {
  app.get('/api/dilemmas', (_req, res) => {
    res.json(builtInDeck().dilemmas.map((d) => ({ id: d.id, kind: d.kind, title: d.title, tags: (d as { tags?: string[] }).tags ?? [], scenarios: (d as { scenarios?: string[] }).scenarios ?? null })));
  });

  app.get('/api/sessions/:code/plan', async (req, res) => {
    const who = guard.address(req);
    if (!guard.limiter.allowed(who)) return void res.status(429).json({ error: 'tooManyAttempts' });
    const session = facilitatorSession(store, req);
    if (!session) {
      guard.limiter.fail(who);
      return void res.status(403).json({ error: 'wrongKey' });
    }
    res.set('cache-control', 'no-store').json({ plan: planForSettings(session.settings), moments: await sessionTimes(store, session), now: Date.now() });
  });
}
