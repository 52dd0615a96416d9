import http from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  AddressPolicy,
  parseAllowList,
} from '../src/modules/badge-imports/safe-fetch/address-policy.js';
import {
  FetchRejectedError,
  SafeFetcher,
} from '../src/modules/badge-imports/safe-fetch/safe-fetcher.js';

const JSON_REQUEST = {
  accept: 'application/json',
  allowedTypes: ['application/json'],
};

function allowing(list: string): AddressPolicy {
  const parsed = parseAllowList(list);
  if ('error' in parsed) throw new Error(parsed.error);

  return new AddressPolicy(parsed.entries);
}

async function rejection(fetcher: SafeFetcher, url: string): Promise<string> {
  try {
    await fetcher.fetch({ url, ...JSON_REQUEST });
  } catch (error) {
    if (error instanceof FetchRejectedError) return error.message;
    throw error;
  }
  throw new Error(`${url} was fetched`);
}

describe('safe fetch guard', () => {
  let server: http.Server;
  let origin: string;
  const guarded = new SafeFetcher(new AddressPolicy());
  let local: SafeFetcher;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const url = request.url ?? '';
      if (url === '/ok') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"ok":true}');
      } else if (url === '/to-private') {
        response.writeHead(302, { location: 'http://10.1.2.3/secret' });
        response.end();
      } else if (url.startsWith('/loop')) {
        response.writeHead(302, { location: `/loop${url.length}` });
        response.end();
      } else if (url === '/slow') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{');
        // Never ends: the time limit must stop the read.
      } else if (url === '/huge') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(Buffer.alloc(2 * 1024 * 1024, 0x20));
      } else if (url === '/html') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<p>hi</p>');
      } else if (url === '/cookie-check') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            cookie: request.headers.cookie ?? null,
            authorization: request.headers.authorization ?? null,
          }),
        );
      }
    });
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    local = new SafeFetcher(allowing('127.0.0.1'), {
      timeoutMs: 500,
      maxBytes: 1024 * 1024,
      maxRedirects: 3,
    });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://10.0.0.8/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[fd00:ec2::254]/', 'metadata'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://localhost/', 'loopback'],
  ])('rejects %s', async (url, reason) => {
    const message = await rejection(guarded, url);

    expect(message).toContain(reason);
    expect(message).toContain('may not reach');
  });

  it('rejects schemes other than http and https', async () => {
    expect(await rejection(guarded, 'file:///etc/passwd')).toContain(
      'only http and https',
    );
  });

  it('fetches from an allowed local server', async () => {
    const fetched = await local.fetch({ url: `${origin}/ok`, ...JSON_REQUEST });

    expect(fetched.status).toBe(200);
    expect(JSON.parse(fetched.body.toString())).toEqual({ ok: true });
  });

  it('sends no cookies or credentials', async () => {
    const fetched = await local.fetch({
      url: `${origin}/cookie-check`,
      ...JSON_REQUEST,
    });

    expect(JSON.parse(fetched.body.toString())).toEqual({
      cookie: null,
      authorization: null,
    });
  });

  it('rejects a redirect to a private address', async () => {
    expect(await rejection(local, `${origin}/to-private`)).toContain(
      '10.1.2.3 is a private (RFC 1918) address',
    );
  });

  it('rejects too many redirects', async () => {
    expect(await rejection(local, `${origin}/loop`)).toContain(
      'more than 3 redirects',
    );
  });

  it('stops a slow server at the time limit', async () => {
    expect(await rejection(local, `${origin}/slow`)).toContain(
      'did not answer within 0.5 s',
    );
  });

  it('stops an oversized body', async () => {
    expect(await rejection(local, `${origin}/huge`)).toContain(
      'larger than 1024 KiB',
    );
  });

  it('rejects an unexpected content type', async () => {
    expect(await rejection(local, `${origin}/html`)).toContain(
      'the response is text/html; expected application/json',
    );
  });

  it('rejects the metadata address even when its range is allowed', async () => {
    const wide = new SafeFetcher(allowing('169.254.0.0/16'));

    expect(await rejection(wide, 'http://169.254.169.254/')).toContain(
      'metadata',
    );
  });

  it('rejects a malformed allow list entry', () => {
    expect(parseAllowList('127.0.0.1,not a host')).toEqual({
      error:
        '"not a host" is neither a host name, an IP address nor a CIDR range such as 10.1.0.0/16.',
    });
  });
});
