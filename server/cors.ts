// Cross-origin policy for every response, the matchmaking routes included: Colyseus answers every request with
// the caller's own origin and credentials allowed, so its defaults are replaced here. Only ALLOWED_ORIGINS get
// CORS headers, never with credentials; without the setting the game is same-origin only.
import { matchMaker } from '@colyseus/core';

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
