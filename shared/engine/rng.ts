// The game's randomness: the ChaCha20 keystream (audited @noble/ciphers) under a 256-bit key, read one 32-bit
// word at a time. The state is the key (hex) and how many words were read, so a game replays exactly from its
// seed and log, and no one who sees some draws can work out the key or the draws to come.
import { chacha20 } from '@noble/ciphers/chacha.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export interface HasRng {
  /** 256-bit key as 64 hex digits. */
  seed: string;
  /** Words read so far. */
  rng: number;
}

/** A seed as settings and tests give it: 256 bits already (hex), or a small number for demos and simulations. */
export type Seed = string | number;

const HEX_256 = /^[0-9a-f]{64}$/;

/** Expands a seed to 256 bits; a hex key passes unchanged, a number is hashed (same number, same key). */
export function expandSeed(seed: Seed): string {
  if (typeof seed === 'string' && HEX_256.test(seed)) return seed;
  return bytesToHex(sha256(utf8ToBytes(`gemeenschapskracht/seed/${seed}`)));
}

/** An independent key for another use of the same game (the bots' choices): learning one reveals nothing of the other. */
export function deriveSeed(seed: string, purpose: string): string {
  return bytesToHex(sha256(utf8ToBytes(`gemeenschapskracht/${purpose}/${seed}`)));
}

/** 256 fresh bits from the platform's CSPRNG (node:crypto or the browser's Web Crypto). */
export function randomSeed(): string {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

// The keystream is made a chunk at a time and kept per key: one ChaCha20 call covers 256 draws.
const CHUNK_WORDS = 256;
const BLOCKS_PER_CHUNK = (CHUNK_WORDS * 4) / 64;
const NONCE = new Uint8Array(12);
const ZEROS = new Uint8Array(CHUNK_WORDS * 4);
const CACHED_KEYS = 512;

interface Stream {
  key: Uint8Array;
  chunk: number;
  words: Uint32Array;
}

const streams = new Map<string, Stream>();

function word(holder: HasRng, index: number): number {
  let stream = streams.get(holder.seed);
  if (!stream) {
    if (!HEX_256.test(holder.seed)) throw new Error('the random generator needs a 256-bit seed (64 hex digits)');
    if (streams.size >= CACHED_KEYS) streams.delete(streams.keys().next().value!);
    stream = { key: hexToBytes(holder.seed), chunk: -1, words: new Uint32Array(CHUNK_WORDS) };
    streams.set(holder.seed, stream);
  }
  const chunk = Math.floor(index / CHUNK_WORDS);
  if (stream.chunk !== chunk) {
    const bytes = new Uint8Array(stream.words.buffer);
    chacha20(stream.key, NONCE, ZEROS, bytes, chunk * BLOCKS_PER_CHUNK);
    stream.chunk = chunk;
  }
  return stream.words[index % CHUNK_WORDS]!;
}

function nextWord(holder: HasRng): number {
  const w = word(holder, holder.rng);
  holder.rng++;
  return w;
}

/** A float in [0, 1); advances the state's generator. */
export function random(holder: HasRng): number {
  return nextWord(holder) / 4294967296;
}

/** A whole number in [0, below), without bias (draws again in the rare leftover range). */
export function randomInt(holder: HasRng, below: number): number {
  if (below <= 1) return 0;
  const limit = 4294967296 - (4294967296 % below);
  for (;;) {
    const w = nextWord(holder);
    if (w < limit) return w % below;
  }
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(holder: HasRng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(holder, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
