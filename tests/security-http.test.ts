// Attacks on the HTTP surface through real requests: sessions created without end, large and deeply nested
// decks, guessing codes through the deck and export routes, forwarded addresses, /api/stats behind a proxy,
// cross-origin pages, sessions that never start, and team names that impersonate another team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The ws client (the server's own WebSocket library) can send an Origin header, as a browser page does.
import WebSocket from 'ws';
import { ask, join, newDeviceToken, startServer, waitFor, type TestServer } from './helpers/server.ts';

const ALLOWED = 'https://spel.example.org';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    joinAttemptsPerMinute: 5, trustProxy: ['loopback'], allowedOrigins: [ALLOWED], sessionsPerHourPerAddress: 3, sessionsPerHour: 1000,
  });
});
afterAll(async () => {
  await server.stop();
});

const refused = (code: string) => ({ refused: expect.objectContaining({ code }) });
/** Each test guesses from an address of its own (through the trusted proxy), so limits do not carry over. */
const from = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...extra });
const postSession = (headers: Record<string, string>, settings: object = {}) =>
  fetch(`${server.url}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ scenario: 'het-dorp', rounds: 3, timers: null, ...settings }),
  });

/** A session created from an address of its own (the budget per address is 3 an hour in this file). */
let created = 0;
async function createSession(_url: string, settings: object = {}) {
  const res = await postSession(from(`10.8.0.${++created}`), settings);
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; key: string; roomId: string };
}

/** An honest game in progress, to show it plays on through each attack. */
async function honestGame() {
  const s = await createSession(server.url);
  const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
  expect(await ask(device, 'createTeam', { name: 'Eerlijk', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
  return { s, device };
}

describe('creating sessions', () => {
  it('limits sessions per address; other addresses can still create', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postSession(from('10.2.0.1'))).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const body = await (await postSession(from('10.2.0.1'))).json();
    expect(body).toEqual({ error: 'tooManySessions' });
    expect((await postSession(from('10.2.0.2'))).status).toBe(201);
  });

  it('refuses a deck over 256 KB, and reads a deeply nested one without holding up a game', async () => {
    const { device } = await honestGame();
    const big = `dilemmas:\n${'# filler line to make the deck large\n'.repeat(8000)}`;
    expect(big.length).toBeGreaterThan(256 * 1024);
    const tooBig = await postSession(from('10.2.1.1'), { deck: big });
    expect(tooBig.status).toBe(400);
    // 20,000 levels of nesting: parsed in a worker, refused as a whole; the game answers meanwhile.
    const deep = `dilemmas: ${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const pending = postSession(from('10.2.1.2'), { deck: deep });
    expect(await ask(device, 'intent', { type: 'ready', ready: true })).toEqual(refused('notStarted'));
    const answer = await pending;
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toBe('deckInvalid');
    await device.leave();
  });

  it('removes a session that never started after its time; a started one stays', async () => {
    const idle = await createSession(server.url);
    const { s: started, device } = await honestGame();
    const facilitator = await join(server.url, started.roomId, { role: 'facilitator', key: started.key });
    expect(await ask(facilitator, 'facilitator', { key: started.key, action: { type: 'start' } })).toEqual({ ok: true });
    const removed = await server.game.purge(Date.now() + (server.config.unstartedHours + 1) * 3_600_000);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${server.url}/api/join/${idle.code}`, { headers: from('10.2.2.1') })).status).toBe(404);
    await expect(join(server.url, idle.roomId, { role: 'observer', code: idle.code })).rejects.toThrow();
    expect((await fetch(`${server.url}/api/join/${started.code}`, { headers: from('10.2.2.1') })).status).toBe(200);
    expect(await ask(device, 'intent', { type: 'ready', ready: true })).toEqual({ ok: true });
    await device.leave();
    await facilitator.leave();
  });
});

describe('guessing codes and keys', () => {
  it('counts wrong codes on the deck and export routes in the same limiter as /api/join', async () => {
    const s = await createSession(server.url);
    const who = from('10.3.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/api/sessions/ZZZZZ${i}/deck`, { headers: who })).status);
    for (let i = 0; i < 2; i++) statuses.push((await fetch(`${server.url}/api/sessions/${s.code}/export.json`, { headers: { ...who, 'x-facilitator-key': `wrong-key-${i}-xxxxxxxxxx` } })).status);
    expect(statuses).toEqual([404, 404, 404, 403, 403]);
    // Five wrong guesses: even the right code or key is refused for this address for now.
    expect((await fetch(`${server.url}/api/sessions/${s.code}/deck`, { headers: who })).status).toBe(429);
    expect((await fetch(`${server.url}/api/join/${s.code}`, { headers: who })).status).toBe(429);
    expect((await fetch(`${server.url}/matchmake/joinById/${s.roomId}`, { method: 'POST', headers: { ...who, 'content-type': 'application/json' }, body: JSON.stringify({ role: 'observer', code: s.code }) })).status).toBe(429);
    // Another tablet behind the same proxy is not locked out.
    expect((await fetch(`${server.url}/api/join/${s.code}`, { headers: from('10.3.0.2') })).status).toBe(200);
  });

  it('keeps the seed out of exports of a running session', async () => {
    const s = await createSession(server.url, { seed: 12345 });
    const exported = await fetch(`${server.url}/api/sessions/${s.code}/export.json`, { headers: { 'x-facilitator-key': s.key } });
    expect(exported.status).toBe(200);
    const text = await exported.text();
    expect(JSON.parse(text).settings.seed).toBeUndefined();
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe('proxies and other sites', () => {
  it('answers /api/stats on loopback only, never to a proxied request', async () => {
    expect((await fetch(`${server.url}/api/stats`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/stats`, { headers: from('127.0.0.1') })).status).toBe(404);
    expect((await fetch(`${server.url}/api/stats`, { headers: { forwarded: 'for=10.0.0.1' } })).status).toBe(404);
  });

  it('gives CORS headers only to ALLOWED_ORIGINS, never with credentials, on every route', async () => {
    const evil = { origin: 'https://evil.example.com' };
    for (const res of [
      await postSession({ ...evil, 'x-forwarded-for': '10.4.0.1' }),
      await fetch(`${server.url}/api/sessions`, { method: 'OPTIONS', headers: { ...evil, 'access-control-request-method': 'POST' } }),
      await fetch(`${server.url}/matchmake/joinById/xyz`, { method: 'OPTIONS', headers: evil }),
      await fetch(`${server.url}/health`, { headers: evil }),
    ]) {
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const friendly = await fetch(`${server.url}/api/sessions`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } });
    expect(friendly.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(friendly.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a page of another site open the game socket only when ALLOWED_ORIGINS names it; the own page and non-browser clients join', async () => {
    const s = await createSession(server.url);
    // A seat reservation over HTTP (as the SDK does), then the WebSocket with the Origin a browser would send.
    const opens = async (origin?: string) => {
      const res = await fetch(`${server.url}/matchmake/joinById/${s.roomId}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'observer', code: s.code }),
      });
      const seat = (await res.json()) as { sessionId: string; roomId?: string; processId?: string; room?: { roomId: string; processId: string } };
      const url = `${server.url.replace('http', 'ws')}/${seat.processId ?? seat.room?.processId}/${seat.roomId ?? seat.room?.roomId}?sessionId=${seat.sessionId}`;
      const socket = new WebSocket(url, origin ? { origin } : {});
      const outcome = await new Promise<'joined' | 'refused'>((resolve) => {
        // The room's first frame says which: JOIN_ROOM (10) or ERROR (11) before it closes.
        socket.once('message', (data: Buffer) => resolve(data[0] === 10 ? 'joined' : 'refused'));
        socket.once('close', () => resolve('refused'));
        socket.once('error', () => resolve('refused'));
      });
      socket.close();
      return outcome;
    };
    expect(await opens('https://evil.example.com')).toBe('refused');
    for (const origin of [server.url, ALLOWED, undefined]) expect(await opens(origin), String(origin)).toBe('joined');
  });
});

describe('team names', () => {
  it('strips invisible characters and refuses names that look like another team', async () => {
    const s = await createSession(server.url);
    const devices = await Promise.all(Array.from({ length: 6 }, () => join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() })));
    const create = (i: number, name: string) => ask(devices[i]!, 'createTeam', { name, colour: '#E69F00', icon: 'sun' });
    expect(await create(0, 'Alfa\u202e')).toEqual({ ok: true, team: 't1' });
    await waitFor(devices[0]!, (st) => st.teams.get('t1')?.name === 'Alfa');
    for (const [i, lookalike] of ['Alfa\u200b', '\u0410lfa', 'ALFA', 'A\u200dlfa', 'AIfa'].entries()) {
      expect(await create(i + 1, lookalike), JSON.stringify(lookalike)).toEqual(refused('nameTaken'));
    }
    expect(await create(1, '\u0000\u001b\u200b')).toEqual(refused('nameEmpty'));
    expect(await create(1, 'Bravo\u0000\u001b[31m')).toEqual({ ok: true, team: 't2' });
    await waitFor(devices[0]!, (st) => st.teams.get('t2')?.name === 'Bravo[31m');
    for (const d of devices) await d.leave();
  });
});

describe('refusals', () => {
  it('has a Dutch and an English text for every code the server can refuse with', async () => {
    const { SERVER_ERRORS } = await import('../shared/protocol/refusals.ts');
    const { MESSAGES } = await import('../shared/i18n/index.ts');
    for (const code of SERVER_ERRORS) {
      expect(MESSAGES.nl.errors, code).toHaveProperty(code);
      expect(MESSAGES.en.errors, code).toHaveProperty(code);
    }
  });
});
