// A session created from a length: its rounds and timers come from the plan; the console reads the plan and
// the real times of each moment; the Markdown export prints the plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './helpers/api.ts';
import { ask, join, startServer, waitFor, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('a session made from a length', () => {
  it('plays the plan\'s rounds with its timers, and the plan route tells when each moment began', async () => {
    const s = await createSession(server.url, { length: 90, timers: {} });
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    expect(facilitator.state.rounds).toBe(4);
    const f = (action: object) => ask(facilitator, 'facilitator', { key: s.key, action });
    await f({ type: 'addTeam', name: 'Robot', colour: '#E69F00', icon: 'sun', bot: null });
    await f({ type: 'start' });
    await f({ type: 'next' });
    // Doen has the plan's 4 minutes.
    await waitFor(facilitator, (st) => st.phase === 'doen' && st.timer.durationMs === 240_000);

    const headers = { 'x-facilitator-key': s.key };
    const res = await fetch(`${server.url}/api/sessions/${s.code}/plan`, { headers });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.plan).toMatchObject({ mode: 'full', length: 90, rounds: 4 });
    expect(body.moments.map((m: { phase: string }) => m.phase)).toEqual(['ontmoeten', 'doen']);
    expect(body.moments[1].at).toBeLessThanOrEqual(body.now);
    expect((await fetch(`${server.url}/api/sessions/${s.code}/plan`)).status).toBe(403);

    const md = await (await fetch(`${server.url}/api/sessions/${s.code}/export.md`, { headers })).text();
    expect(md).toContain('## Draaiboek');
    expect(md).toContain('90 minuten, 4 rondes');
    await facilitator.leave();
  });

  it('refuses a length the game does not plan for', async () => {
    const res = await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'het-dorp', length: 75 }) });
    expect(res.status).toBe(400);
    expect((await res.json()).problems.join()).toContain('length');
  });
});
