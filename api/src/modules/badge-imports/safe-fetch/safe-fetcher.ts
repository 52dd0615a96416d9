import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

import type { AddressPolicy } from './address-policy.js';

/** A fetch the guard stopped or that failed, with a reason a learner can act on. */
export class FetchRejectedError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`Fetching ${url} failed: ${reason}.`);
    this.name = 'FetchRejectedError';
  }
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
};

export interface FetchRequest {
  url: string;
  /** The `Accept` header to send. */
  accept: string;
  /** Media types the response may have; a type outside them fails. */
  allowedTypes: readonly string[];
  /** Overrides the default size limit, such as for images. */
  maxBytes?: number;
  /** Statuses returned to the caller instead of failing, such as 410. */
  acceptStatuses?: readonly number[];
}

export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
}

interface Target {
  url: URL;
  address: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches documents from other servers for badge imports. It speaks only
 * http and https, resolves each host itself, rejects addresses the policy
 * forbids (checked again on every redirect), and connects to the checked
 * address, so a second DNS answer cannot point it elsewhere. It sends no
 * cookies or credentials and stops at the time, size and redirect limits.
 */
export class SafeFetcher {
  constructor(
    private readonly policy: AddressPolicy,
    private readonly limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  ) {}

  async fetch(request: FetchRequest): Promise<FetchedResource> {
    const deadline = Date.now() + this.limits.timeoutMs;
    let url = parseUrl(request.url);
    for (let redirects = 0; ; redirects++) {
      const target = await this.resolve(url);
      const response = await this.send(target, request, deadline);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location !== undefined) {
        response.resume();
        if (redirects >= this.limits.maxRedirects) {
          throw new FetchRejectedError(
            request.url,
            `more than ${this.limits.maxRedirects} redirects`,
          );
        }
        url = parseUrl(new URL(location, url).toString());
        continue;
      }

      return this.read(url, response, request, deadline);
    }
  }

  /** Resolves the host and checks every address it has. */
  private async resolve(url: URL): Promise<Target> {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const addresses =
      isIP(host) === 0 ? await lookupAll(url.toString(), host) : [host];
    const hostAllowed = this.policy.allowsHost(host);
    for (const address of addresses) {
      const reason = this.policy.rejectAddress(address);
      const metadata = reason?.includes('metadata') === true;
      if (reason !== null && (!hostAllowed || metadata)) {
        // A literal address needs no "resolves to" clause.
        const where =
          addresses.length === 1 && address === host
            ? reason
            : `${url.hostname} resolves to ${address}, and ${reason}`;
        throw new FetchRejectedError(
          url.toString(),
          `${where}, which badge imports may not reach`,
        );
      }
    }

    return { url, address: addresses[0]! };
  }

  private send(
    target: Target,
    request: FetchRequest,
    deadline: number,
  ): Promise<IncomingMessage> {
    const { url, address } = target;
    const secure = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const options: https.RequestOptions = {
      host: address,
      port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: {
        host: url.host,
        accept: request.accept,
        'user-agent': 'Learnscape badge import',
      },
      agent: false,
      timeout: Math.max(1, deadline - Date.now()),
      ...(secure && isIP(host) === 0 ? { servername: host } : {}),
    };

    return new Promise((resolve, reject) => {
      const outgoing = (secure ? https : http).request(options, resolve);
      outgoing.on('timeout', () =>
        outgoing.destroy(timedOut(url, this.limits.timeoutMs)),
      );
      outgoing.on('error', (error) =>
        reject(
          error instanceof FetchRejectedError
            ? error
            : new FetchRejectedError(url.toString(), error.message),
        ),
      );
      outgoing.end();
    });
  }

  /** Reads the body within the size and time limits and checks its type. */
  private async read(
    url: URL,
    response: IncomingMessage,
    request: FetchRequest,
    deadline: number,
  ): Promise<FetchedResource> {
    const status = response.statusCode ?? 0;
    const acceptStatus = request.acceptStatuses?.includes(status) === true;
    if ((status < 200 || status > 299) && !acceptStatus) {
      response.resume();
      throw new FetchRejectedError(
        url.toString(),
        `the server answered HTTP ${status}`,
      );
    }
    const contentType = (response.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (!acceptStatus && !request.allowedTypes.includes(contentType)) {
      response.resume();
      throw new FetchRejectedError(
        url.toString(),
        `the response is ${contentType || 'of no stated type'}; expected ${request.allowedTypes.join(' or ')}`,
      );
    }
    const body = await readBody(
      url,
      response,
      request.maxBytes ?? this.limits.maxBytes,
      deadline,
      this.limits.timeoutMs,
    );

    return { url: url.toString(), status, contentType, body };
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRejectedError(raw, 'it is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRejectedError(
      raw,
      `the scheme ${url.protocol} is not allowed; only http and https are`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchRejectedError(raw, 'URLs with credentials are not allowed');
  }

  return url;
}

async function lookupAll(url: string, host: string): Promise<string[]> {
  try {
    const answers = await lookup(host, { all: true, verbatim: true });

    return answers.map((answer) => answer.address);
  } catch {
    throw new FetchRejectedError(url, `the host ${host} could not be resolved`);
  }
}

function timedOut(url: URL, timeoutMs: number): FetchRejectedError {
  return new FetchRejectedError(
    url.toString(),
    `the server did not answer within ${timeoutMs / 1000} s`,
  );
}

function readBody(
  url: URL,
  response: IncomingMessage,
  maxBytes: number,
  deadline: number,
  timeoutMs: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(
      () => response.destroy(timedOut(url, timeoutMs)),
      Math.max(1, deadline - Date.now()),
    );
    const fail = (error: FetchRejectedError) => {
      clearTimeout(timer);
      response.destroy();
      reject(error);
    };
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        fail(
          new FetchRejectedError(
            url.toString(),
            `the response is larger than ${Math.round(maxBytes / 1024)} KiB`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    response.on('error', (error) =>
      fail(
        error instanceof FetchRejectedError
          ? error
          : new FetchRejectedError(url.toString(), error.message),
      ),
    );
    response.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
  });
}
