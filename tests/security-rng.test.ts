// Randomness that cannot be recovered: the generator is ChaCha20 (checked against OpenSSL's), keyed with 256
// bits; the attack of the review (try every small seed until the market a team sees comes out) finds nothing,
// and nothing a client receives holds the key.
import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGame } from '../shared/engine/index.ts';
import { deriveSeed, expandSeed, random, randomSeed, shuffle } from '../shared/engine/rng.ts';
import { deck } from './helpers/deck.ts';

const settings = { scenario: 'het-dorp', rounds: 5, language: 'nl' as const };

describe('the random generator', () => {
  it('is the ChaCha20 keystream of its 256-bit key, word by word, across chunk borders', () => {
    const seed = randomSeed();
    const holder = { seed, rng: 0 };
    const words = Array.from({ length: 600 }, () => Math.round(random(holder) * 2 ** 32));
    // OpenSSL's chacha20: a 16-byte IV of the block counter (little-endian) and the 12-byte nonce (zeros).
    const cipher = createCipheriv('chacha20', Buffer.from(seed, 'hex'), Buffer.alloc(16));
    const stream = cipher.update(Buffer.alloc(600 * 4));
    expect(words).toEqual(Array.from({ length: 600 }, (_, i) => stream.readUInt32LE(i * 4)));
  });

  it('replays exactly from the same key, and demo seeds expand to 256 bits', () => {
    expect(expandSeed(7)).toMatch(/^[0-9a-f]{64}$/);
    expect(expandSeed(7)).toBe(expandSeed(7));
    expect(expandSeed(7)).not.toBe(expandSeed(8));
    expect(deriveSeed(expandSeed(7), 'bots')).not.toBe(expandSeed(7));
    const a = createGame(deck, settings, 7);
    const b = createGame(deck, settings, expandSeed(7));
    expect(a.ok && b.ok && a.value.market).toEqual(b.ok && b.value.market);
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(shuffle({ seed: expandSeed(1), rng: 0 }, [...items])).toEqual(shuffle({ seed: expandSeed(1), rng: 0 }, [...items]));
  });

  it('defeats the seed search of the review: no small seed reproduces what a team sees', () => {
    const game = createGame(deck, settings, randomSeed());
    if (!game.ok) throw new Error(game.error.code);
    // The order of the initiative cards: what the market shows, card by card, as the game goes on.
    const seen = game.value.initiativeDeck.join();
    let found = 0;
    for (let candidate = 0; candidate < 3000; candidate++) {
      const g = createGame(deck, settings, candidate);
      if (g.ok && g.value.initiativeDeck.join() === seen) found++;
    }
    expect(found).toBe(0);
    expect(game.value.seed).toMatch(/^[0-9a-f]{64}$/);
  });
});
