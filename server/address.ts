// Who is asking: the socket's address, or the forwarded one when the request came through a trusted proxy
// (TRUST_PROXY). Every limiter uses this one answer.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type AddressOf = (req: IncomingMessage) => string;

export function addressResolver(trustProxy: string[]): AddressOf {
  const trust = proxyaddr.compile(trustProxy);
  return (req) => proxyaddr(req as Parameters<typeof proxyaddr>[0], trust) || 'unknown';
}

/** Whether the request says it passed through a proxy: process figures are for the machine itself only. */
export const isForwarded = (req: IncomingMessage) =>
  req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined || req.headers['x-real-ip'] !== undefined;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
export const fromLoopback = (req: IncomingMessage) => LOOPBACK.has(req.socket.remoteAddress ?? '');
