// The room's state serializer: Colyseus' own, with a full-state buffer that grows with the state.
import { Protocol, SchemaSerializer, type Client } from '@colyseus/core';
import { Encoder, type Schema } from '@colyseus/schema';

type Timing = Parameters<SchemaSerializer<Schema>['getFullState']>[1];

/**
 * A joining (or reconnecting) client gets the full state: the shared part, then what its StateView may see,
 * encoded into one buffer of Encoder.BUFFER_SIZE that Colyseus (0.18.17) never replaces. When the shared part
 * outgrows it, the encoder makes a larger copy for the shared part, but then encodes the view after a copy of
 * the old, truncated buffer: the client decodes a broken state (seen: the history and the join code came out
 * wrong). Late in a long game with several teams the shared part passes 16 KB. Here, a full state that did
 * not fit is encoded once more into a buffer with room for it and a view, and that buffer is kept.
 */
export class GrowingSchemaSerializer<T extends Schema> extends SchemaSerializer<T> {
  override getFullState(client?: Client, timing?: Timing) {
    const full = super.getFullState(client, timing);
    if (this.fullEncodeCache === undefined || this.fullEncodeCache.buffer === this.fullEncodeBuffer.buffer) return full;
    this.fullEncodeBuffer = new Uint8Array(this.fullEncodeCache.buffer.byteLength + Encoder.BUFFER_SIZE);
    this.fullEncodeBuffer[0] = Protocol.ROOM_STATE;
    this.needFullEncode = true;
    return super.getFullState(client, timing);
  }
}
