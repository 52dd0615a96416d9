import type { Request } from 'express';

/**
 * Returns the client's IP address as Express reports it: the socket's peer, or the
 * `X-Forwarded-For` entry that Express's `trust proxy` setting selects.
 */
export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
