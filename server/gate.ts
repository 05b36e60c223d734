// The front door of the matchmaking routes. Colyseus answers POST /matchmake/METHOD/ROOM for anyone; this gate
// runs first on the HTTP server and lets through only a join of a known room with that session's join code
// (or facilitator key), and reconnections. Every wrong room id, code or key counts against the caller's address
// in the one limiter; refusals cost a map lookup, never a session replay.
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { ServerCode } from '../shared/protocol/refusals.ts';
import { JoinOptions } from '../shared/protocol/session.ts';
import type { AddressOf } from './address.ts';
import { codeMatches, secretMatches } from './crypto.ts';
import type { SessionDirectory } from './directory.ts';
import type { AttemptLimiter } from './limits.ts';
import type { SessionRecord, SessionStore } from './store.ts';

const MAX_BODY_BYTES = 4096;

export interface GateDeps {
  store: SessionStore;
  directory: SessionDirectory;
  limiter: AttemptLimiter;
  addressOf: AddressOf;
  /** Makes sure the session's room runs in this process (rooms are restored when first asked for). */
  ensureRoom(session: SessionRecord): Promise<void>;
}

type Verdict = { pass: true } | { pass: false; status: number; error: ServerCode; guess: boolean };

const refuse = (status: number, error: ServerCode, guess = true): Verdict => ({ pass: false, status, error, guess });

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('tooLarge'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new Error('badRequest'));
      }
    });
    req.on('error', reject);
  });
}

async function judge(deps: GateDeps, method: string, roomId: string, body: unknown): Promise<Verdict> {
  const local = deps.store.sessionByRoomId(roomId);
  if (method === 'reconnect') {
    // The reconnection token itself is the secret (Colyseus checks it); an unknown room is a guess.
    return local || deps.directory.shared ? { pass: true } : refuse(404, 'unknownRoom');
  }
  const parsed = JoinOptions.safeParse(body);
  if (!parsed.success) return refuse(400, 'badJoin');
  const options = parsed.data;
  // Held here, or (several processes on Redis) by another process: either way the secret is checked here,
  // so every wrong code or key counts in this process's limiter.
  const held = local ?? (await deps.directory.lookupRoom(roomId));
  if (!held) return refuse(404, 'unknownRoom');
  const ok = options.role === 'facilitator' ? secretMatches(options.key, held.keyHash) : codeMatches(options.code, held.code);
  if (!ok) return refuse(403, options.role === 'facilitator' ? 'wrongKey' : 'unknownCode');
  if (local && local.endedAt === null) await deps.ensureRoom(local);
  return { pass: true };
}

function send(res: ServerResponse, status: number, error: ServerCode) {
  const body = JSON.stringify({ error });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Puts the gate in front of every request listener the HTTP server has (Colyseus' router and Express). */
export function installMatchmakingGate(http: HttpServer, deps: GateDeps) {
  const listeners = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of listeners) listener.call(http, req, res);
  };
  http.on('request', (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith('/matchmake/') || req.method === 'OPTIONS') return pass(req, res);
    const match = /^\/matchmake\/(\w+)\/([A-Za-z0-9_-]{1,64})$/.exec(path);
    const who = deps.addressOf(req);
    if (!deps.limiter.allowed(who)) return send(res, 429, 'tooManyAttempts');
    if (req.method !== 'POST' || !match || (match[1] !== 'joinById' && match[1] !== 'reconnect')) {
      deps.limiter.fail(who);
      return send(res, 404, 'notFound');
    }
    readBody(req)
      .then(async (body) => {
        const verdict = await judge(deps, match[1]!, match[2]!, body);
        if (!verdict.pass) {
          if (verdict.guess) deps.limiter.fail(who);
          return send(res, verdict.status, verdict.error);
        }
        req.body = body; // read once here; Colyseus' router takes the parsed body as it is
        pass(req, res);
      })
      .catch((error: Error) => {
        if (error.message === 'tooLarge' || error.message === 'badRequest') deps.limiter.fail(who);
        else console.error(`[matchmaking] ${error.message}`);
        if (res.headersSent) return;
        if (error.message === 'tooLarge') send(res, 413, 'tooLarge');
        else if (error.message === 'badRequest') send(res, 400, 'badRequest');
        else send(res, 503, 'serverError');
      });
  });
}
