// The WebSocket transport with its heartbeat spread over time.
// Colyseus' own heartbeat pings every client in one loop every 3 s. With thousands of devices that loop (and
// the burst of pongs that follows) holds the event loop for tens of milliseconds, and every room's actions
// wait behind it. The rule stays the same (a client that misses `maxMissed` pings in a row is dropped), but each
// tick pings one slice of the clients, so the work arrives evenly.
import { WebSocketTransport } from '@colyseus/ws-transport';

const SLICE_MS = 100;

interface HeartbeatSocket {
  pingCount: number;
  ping(callback: () => void): void;
  terminate(): void;
}

const noop = () => {};

export class SpreadHeartbeatTransport extends WebSocketTransport {
  protected override autoTerminateUnresponsiveClients(intervalMs: number, maxMissed: number) {
    const slices = Math.max(1, Math.round(intervalMs / SLICE_MS));
    const sliceOf = new WeakMap<object, number>();
    let assigned = 0;
    let tick = 0;
    this.pingInterval = setInterval(() => {
      const current = tick++ % slices;
      for (const client of this.wss.clients) {
        let slice = sliceOf.get(client);
        if (slice === undefined) sliceOf.set(client, (slice = assigned++ % slices));
        if (slice !== current) continue;
        const socket = client as unknown as HeartbeatSocket;
        if (socket.pingCount >= maxMissed) {
          socket.terminate();
          continue;
        }
        socket.pingCount++;
        socket.ping(noop);
      }
    }, intervalMs / slices);
  }
}
