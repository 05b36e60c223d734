// Random codes and keys, and comparing secrets without leaking timing.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { randomSeed } from '../shared/engine/rng.ts';
import { JOIN_CODE_ALPHABET } from '../shared/protocol/session.ts';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Two secrets given as text, compared in constant time. */
export const sameSecret = (given: string, expected: string) => secretMatches(given, hashSecret(expected));

/** A join code as typed (any case, spaces around) against the session's. */
export const codeMatches = (given: string, code: string) => sameSecret(given.trim().toUpperCase(), code);

/** 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const newJoinCode = () => Array.from({ length: 6 }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');

/** 192 random bits, URL-safe. */
export const newFacilitatorKey = () => randomBytes(24).toString('base64url');

export const newRoomId = () => randomBytes(9).toString('base64url');

/** 256 bits from the OS for the game's random generator. */
export const newSeed = randomSeed;
