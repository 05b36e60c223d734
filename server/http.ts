// HTTP routes beside the game: health, creating sessions, finding one by join code, the deck, the exports.
// Every route that tests a join code or key counts failures in the one limiter (shared with the matchmaking
// gate); creating sessions has its own budget per address and for the server.
import express, { type Application, type Request, type Response } from 'express';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { debriefCsv, debriefMarkdown } from '../shared/debrief/formats.ts';
import { JoinCode } from '../shared/protocol/session.ts';
import { fromLoopback, isForwarded, type AddressOf } from './address.ts';
import type { Config } from './config.ts';
import { secretMatches } from './crypto.ts';
import { builtInDeck, publicDeck } from './decks.ts';
import { lanAddresses } from './lan.ts';
import type { AttemptLimiter, CreationBudget } from './limits.ts';
import { createSession } from './sessions.ts';
import { mountClient } from './static.ts';
import { sessionDeck } from './ownCards.ts';
import { mountKitRoutes } from './kitRoutes.ts';
import { sessionDebrief } from './sessionDebrief.ts';
import type { SessionDirectory } from './directory.ts';
import { StoreError, type SessionStore } from './store.ts';

export const CLIENT_DIST = new URL('../dist/client/', import.meta.url).pathname;

export interface RouteDeps {
  store: SessionStore;
  config: Config;
  directory: SessionDirectory;
  limiter: AttemptLimiter;
  budget: CreationBudget;
  addressOf: AddressOf;
}

export function mountRoutes(app: Application, { store, config, directory, limiter, budget, addressOf }: RouteDeps) {
  const address = (req: Request) => addressOf(req);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  // A deck of 256 KB may grow a little when written as a JSON string.
  app.use(express.json({ limit: '384kb' }));
  // CORS headers (only for ALLOWED_ORIGINS) come from the policy set in cors.ts, for every route.

  app.get('/health', (_req, res) => {
    const problem = store.problem();
    if (problem) return void res.status(503).json({ ok: false, version: config.version, reason: problem });
    res.json({ ok: true, version: config.version });
  });

  // Process figures for the benchmark, answered only on loopback.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  let gcPauseMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauseMaxMs = Math.max(gcPauseMaxMs, entry.duration);
  }).observe({ entryTypes: ['gc'] });
  app.get('/api/stats', async (req, res) => {
    // For the machine itself: never through a proxy (behind one, every caller would look like loopback).
    if (!fromLoopback(req) || isForwarded(req)) return void res.status(404).end();
    // ?gc=1 collects garbage first (when the process runs with --expose-gc), so memory counts what is held.
    // Twice, a moment apart: buffers are freed by a sweeper that runs after the collection.
    const collect = (globalThis as { gc?: () => void }).gc;
    if (req.query.gc && collect) {
      collect();
      await new Promise((resolve) => setTimeout(resolve, 200));
      collect();
    }
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const stats = {
      rssBytes: memory.rss, heapUsedBytes: memory.heapUsed,
      cpuMicros: cpu.user + cpu.system, eventLoopP99Ms: loopDelay.percentile(99) / 1e6, gcPauseMaxMs,
    };
    if (req.query.reset) {
      loopDelay.reset();
      gcPauseMaxMs = 0;
    }
    res.json(stats);
  });

  app.get('/api/scenarios', (_req, res) => void res.json(builtInDeck().scenarios));

  // The links a tablet on the same Wi-Fi can open: the projector page may itself run on localhost.
  app.get('/api/server-info', (req, res) => {
    const port = req.socket.localPort;
    res.json({ version: config.version, lanOrigins: lanAddresses().map((a) => `http://${a}:${port}`) });
  });

  app.post('/api/sessions', async (req, res) => {
    if (!budget.take(address(req))) return void res.status(429).json({ error: 'tooManySessions' });
    const result = await createSession(store, directory, req.body ?? {});
    if (!result.ok) return void res.status(result.status).json({ error: result.error, problems: result.problems });
    res.status(201).json({ code: result.code, key: result.key, roomId: result.roomId });
  });

  app.get('/api/join/:code', async (req, res) => {
    const who = address(req);
    if (!limiter.allowed(who)) return void res.status(429).json({ error: 'tooManyAttempts' });
    const code = JoinCode.safeParse(req.params.code);
    const session = code.success ? store.session(code.data) : null;
    if (session) {
      return void res.json({ code: session.code, roomId: session.roomId, language: session.settings.language, selfRun: session.settings.selfRun, ended: session.endedAt !== null });
    }
    // Held by another process of the same cluster: the room is reachable from here all the same.
    const elsewhere = code.success ? await directory.lookup(code.data) : null;
    if (elsewhere) return void res.json({ code: elsewhere.code, roomId: elsewhere.roomId, language: elsewhere.language, selfRun: elsewhere.selfRun, ended: false });
    limiter.fail(who);
    res.status(404).json({ error: 'unknownCode' });
  });

  // A session's deck or export asked of a process that does not hold it: fetch it from the one that does
  // (behind a reverse proxy, browsers cannot reach a process's own address).
  app.use('/api/sessions/:code', async (req, res, next) => {
    const code = String(req.params.code).toUpperCase();
    if (req.method !== 'GET' || store.session(code) || !directory.shared) return next();
    const elsewhere = await directory.lookup(code);
    if (!elsewhere) return next();
    const key = req.get('x-facilitator-key');
    const upstream = await fetch(`${elsewhere.address}/api/sessions/${code}${req.url}`, { headers: key ? { 'x-facilitator-key': key } : {} }).catch(() => null);
    if (!upstream) return void res.status(502).json({ error: 'serverError' });
    for (const header of ['content-type', 'content-disposition']) {
      const value = upstream.headers.get(header);
      if (value) res.setHeader(header, value);
    }
    res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
  });

  app.get('/api/sessions/:code/deck', async (req, res) => {
    const who = address(req);
    if (!limiter.allowed(who)) return void res.status(429).json({ error: 'tooManyAttempts' });
    const session = store.session(String(req.params.code).toUpperCase());
    if (!session) {
      limiter.fail(who);
      return void res.status(404).json({ error: 'unknownCode' });
    }
    res.json(publicDeck(await sessionDeck(store, session)));
  });

  mountKitRoutes(app, store, { limiter, address });

  app.get('/api/sessions/:code/export.:format', async (req: Request, res: Response) => {
    const who = address(req);
    if (!limiter.allowed(who)) return void res.status(429).json({ error: 'tooManyAttempts' });
    const code = String(req.params.code).toUpperCase();
    const key = String(req.get('x-facilitator-key') ?? req.query.key ?? '');
    const session = store.session(code);
    if (!session || !key || !secretMatches(key, session.keyHash)) {
      limiter.fail(who);
      return void res.status(403).json({ error: 'wrongKey' });
    }
    const debrief = await sessionDebrief(store, session);
    const name = `gemeenschapskracht-${code}`;
    switch (req.params.format) {
      case 'json':
        // The seed stays on the server: with it the whole game (every hand, every draw) could be replayed.
        res.attachment(`${name}.json`).json({ settings: { ...session.settings, seed: undefined, deck: session.settings.deck ? '(own deck)' : undefined }, ...debrief });
        return;
      case 'csv':
        // The byte-order mark makes Excel read the file as UTF-8 (team names and reasons with é, ë, emoji).
        res.attachment(`${name}.csv`).type('text/csv; charset=utf-8').send(`\uFEFF${debriefCsv(debrief)}`);
        return;
      case 'md':
        res.attachment(`${name}.md`).type('text/markdown; charset=utf-8').send(debriefMarkdown(debrief));
        return;
      default:
        res.status(404).json({ error: 'unknownFormat' });
    }
  });

  // The web client, with its routes (/join/CODE, /watch/CODE, …) answered by the single page.
  mountClient(app, CLIENT_DIST);

  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: express.NextFunction) => {
    // Nothing is acknowledged that is not stored: /health says why.
    if (err instanceof StoreError) return void res.status(503).json({ error: 'storeFailed' });
    const status = err.status ?? 500;
    if (status >= 500) console.error(err);
    res.status(status).json({ error: err.type === 'entity.too.large' ? 'tooLarge' : status >= 500 ? 'serverError' : 'badRequest' });
  });
}
