// A tablet whose Wi-Fi vanishes without a goodbye is noticed by the heartbeat, and the heartbeat never pings
// every device at the same moment (that burst held up every room's actions at a few thousand devices).
import { connect, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SpreadHeartbeatTransport } from '../server/transport.ts';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, testPort, waitFor, type TestServer } from './helpers/server.ts';

interface FakeSocket { pingCount: number; pingedAt: number[]; terminated: boolean; answers: boolean; ping(cb: () => void): void; terminate(): void }

function fakeSocket(answers: boolean): FakeSocket {
  const socket: FakeSocket = {
    pingCount: 0, pingedAt: [], terminated: false, answers,
    ping() {
      socket.pingedAt.push(Date.now());
      // The transport resets the count when the pong arrives, a few milliseconds later.
      if (socket.answers) setTimeout(() => (socket.pingCount = 0), 5);
    },
    terminate() {
      socket.terminated = true;
    },
  };
  return socket;
}

describe('heartbeat', () => {
  it('pings each device once per interval, a slice at a time, and drops one that stopped answering', () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const transport = new SpreadHeartbeatTransport({ noServer: true });
      const sockets = Array.from({ length: 300 }, (_, i) => fakeSocket(i !== 7));
      const wss = { clients: new Set(sockets) };
      Object.assign(transport, { wss });
      (transport as unknown as { autoTerminateUnresponsiveClients(ms: number, missed: number): void }).autoTerminateUnresponsiveClients(3000, 2);

      vi.advanceTimersByTime(3000);
      // Every device was pinged exactly once in the interval…
      expect(sockets.every((s) => s.pingedAt.length === 1)).toBe(true);
      // …spread over it: no moment carries more than a thirtieth of the devices.
      const perMoment = new Map<number, number>();
      for (const s of sockets) perMoment.set(s.pingedAt[0]!, (perMoment.get(s.pingedAt[0]!) ?? 0) + 1);
      expect(Math.max(...perMoment.values())).toBeLessThanOrEqual(10);
      expect(perMoment.size).toBe(30);

      // The silent one is dropped after two unanswered pings; the others stay.
      vi.advanceTimersByTime(6000);
      expect(sockets[7]!.terminated).toBe(true);
      expect(sockets.filter((s) => s.terminated)).toHaveLength(1);
      clearInterval((transport as unknown as { pingInterval: NodeJS.Timeout }).pingInterval);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('with a real server', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer({}, 20);
    });
    afterAll(async () => {
      await server.stop();
    });

    it('shows a tablet whose network went silent as offline within ten seconds, and keeps its seat', async () => {
      const network = await silenceableNetwork(Number(new URL(server.url).port), testPort(21));
      const s = await createSession(server.url);
      const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
      const tablet = await join(network.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
      expect(await ask(tablet, 'createTeam', { name: 'Stil', colour: '#E69F00', icon: 'sun' })).toMatchObject({ ok: true });
      await waitFor(facilitator, (st) => st.teams.get('t1')?.devicesOnline === 1);

      tablet.reconnection.enabled = false;
      const silentAt = performance.now();
      network.goSilent();
      await waitFor(facilitator, (st) => st.teams.get('t1')?.devicesOffline === 1, 12_000);
      const noticedAfterMs = performance.now() - silentAt;
      // Two unanswered pings 3 s apart, then dropped: between 3 and 10 s.
      expect(noticedAfterMs).toBeGreaterThan(3000);
      expect(noticedAfterMs).toBeLessThan(10_000);
      // The seat is held for the tablet's return: the team keeps it as an offline device.
      expect(facilitator.state.teams.get('t1')?.devicesOnline).toBe(0);
      expect(facilitator.state.teams.size).toBe(1);
      network.close();
      await facilitator.leave();
    }, 20_000);
  });
});

/** A network between a tablet and the server that can go silent: bytes stop, and nobody closes anything. */
async function silenceableNetwork(serverPort: number, port: number) {
  let silent = false;
  const sockets: Socket[] = [];
  const proxy = createServer((inbound) => {
    const outbound = connect(serverPort, '127.0.0.1');
    sockets.push(inbound, outbound);
    inbound.on('data', (d) => void (silent || outbound.write(d)));
    outbound.on('data', (d) => void (silent || inbound.write(d)));
    for (const [from, to] of [[inbound, outbound], [outbound, inbound]] as const) {
      from.on('error', () => {});
      from.on('close', () => silent || to.destroy());
    }
  });
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    goSilent: () => void (silent = true),
    close() {
      for (const socket of sockets) socket.destroy();
      proxy.close();
    },
  };
}
