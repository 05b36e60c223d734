// The floor under the room bench: the same framework, transport, Node flags and clients, with no game at all.
// A message flips one boolean and the patch goes out at once, as the game room does after an action. The room
// bench's figure minus this one is what the game itself adds (rules, storage, mirror, private views); the
// rest belongs to Colyseus, the loopback network and the machine.
import { defineRoom, defineServer, Room } from '@colyseus/core';
import { schema, t } from '@colyseus/schema';
import { SpreadHeartbeatTransport } from '../server/transport.ts';

const FloorState = schema({ on: t.boolean().default(false) }, 'FloorState');

class FloorRoom extends Room {
  override state = new FloorState();
  override onCreate() {
    this.onMessage('toggle', () => {
      this.state.on = !this.state.on;
      this.broadcastPatch();
    });
  }
}

const server = defineServer({
  rooms: { floor: defineRoom(FloorRoom) },
  transport: new SpreadHeartbeatTransport({ maxPayload: 16 * 1024 }),
  greet: false,
  gracefullyShutdown: false,
});
await server.listen(Number(process.env.PORT), '127.0.0.1');
console.log('floor server is running');
process.on('SIGTERM', () => process.exit(0));
