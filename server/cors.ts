// Cross-origin policy for every response, the matchmaking routes included: Colyseus answers every request with
// the caller's own origin and credentials allowed, so its defaults are replaced here. Only ALLOWED_ORIGINS get
// CORS headers, never with credentials; without the setting the game is same-origin only.
import { matchMaker } from '@colyseus/core';

/**
 * Whether a browser page may take a seat: the server's own page (its Origin names the host it asked for) or one of
 * ALLOWED_ORIGINS. A client that sends no Origin is no browser page; the join code and key still judge it.
 */
export function originAllowed(origin: string | null, host: string | null, allowedOrigins: string[]): boolean {
  if (!origin || allowedOrigins.includes(origin)) return true;
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function applyCorsPolicy(allowedOrigins: string[]) {
  const controller = matchMaker.controller;
  (controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = {};
  controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
    const origin = headers.get('origin');
    if (!origin || !allowedOrigins.includes(origin)) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type, X-Facilitator-Key',
      Vary: 'Origin',
    };
  };
  // Rooms are created by the server only: the public routes may join a known room by id, or reconnect.
  controller.exposedMethods = ['joinById', 'reconnect'];
}
