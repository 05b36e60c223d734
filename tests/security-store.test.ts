// A store that fails loudly: the database file removed under a running server. The room refuses the action
// (nothing is acknowledged that is not stored) and /health answers 503 with the reason.
import { rmSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the store', () => {
  it('refuses actions and reports 503 on /health when its database file is gone', async () => {
    const s = await createSession(server.url);
    const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    expect(await ask(device, 'createTeam', { name: 'Voor', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    for (const suffix of ['', '-wal', '-shm']) rmSync(joinPath(server.config.dataDir, `gemeenschapskracht.sqlite${suffix}`), { force: true });

    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } })).toEqual({ refused: { code: 'storeFailed' } });
    expect(facilitator.state.phase).toBe('lobby');
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).reason).toMatch(/database file .* removed/);
    // No new session is acknowledged either.
    expect((await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'het-dorp' }) })).status).toBe(503);
    await device.leave();
    await facilitator.leave();
  });
});
