import { createHash, generateKeyPairSync } from 'node:crypto';
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { CompactSign } from 'jose';

import {
  encodePngChunk,
  readPngChunks,
} from '../../src/modules/credential-exports/baking/png-baking.js';
import { makePng } from './upload-files.js';

type Json = Record<string, unknown>;

/** A route's answer: a JSON body with a status, or a custom handler. */
export type Route =
  | { status?: number; json: unknown; type?: string }
  | ((response: ServerResponse) => void);

/**
 * A stand-in for another platform's Open Badges 2.0 issuer, serving
 * documents from a route table on 127.0.0.1 only.
 */
export interface BadgeServer {
  origin: string;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startBadgeServer(): Promise<BadgeServer> {
  const routes = new Map<string, Route>();
  const server = http.createServer((request, response) => {
    const route = routes.get(request.url ?? '');
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"not found"}');
      return;
    }
    if (typeof route === 'function') return route(response);
    response.writeHead(route.status ?? 200, {
      'content-type': route.type ?? 'application/ld+json',
    });
    response.end(JSON.stringify(route.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function hashedRecipient(email: string, salt = 'deadsea'): Json {
  return {
    type: 'email',
    hashed: true,
    salt,
    identity: `sha256$${createHash('sha256')
      .update(email + salt)
      .digest('hex')}`,
  };
}

/** An issuer with an RSA key pair, its Profile, BadgeClass and key documents. */
export interface Ob2Issuer {
  issuerUrl: string;
  classUrl: string;
  keyUrl: string;
  revocationUrl: string;
  sign(assertion: Json): Promise<string>;
  assertion(id: string, email: string, extra?: Json): Json;
}

export function publishOb2Issuer(
  server: BadgeServer,
  name = 'academy',
  profileExtra: Json = {},
): Ob2Issuer {
  const base = `${server.origin}/${name}`;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
  });
  const issuerUrl = `${base}/issuer`;
  const classUrl = `${base}/badge`;
  const keyUrl = `${base}/key`;
  const revocationUrl = `${base}/revocations`;
  const context = 'https://w3id.org/openbadges/v2';
  server.routes.set(`/${name}/issuer`, {
    json: {
      '@context': context,
      id: issuerUrl,
      type: 'Issuer',
      name: 'Peer Academy',
      url: server.origin,
      publicKey: keyUrl,
      revocationList: revocationUrl,
      ...profileExtra,
    },
  });
  server.routes.set(`/${name}/badge`, {
    json: {
      '@context': context,
      id: classUrl,
      type: 'BadgeClass',
      name: 'River Keeper',
      description: 'Surveyed a creek and reported its health.',
      image: `${base}/badge.png`,
      criteria: { narrative: 'Complete three surveys.' },
      issuer: issuerUrl,
      alignment: [
        {
          targetName: 'Life Below Water',
          targetUrl: 'https://sdgs.un.org/goals/goal14',
        },
        {
          targetName: 'Goal 6: Clean Water and Sanitation',
          targetUrl: 'https://example.org/sdg6',
        },
      ],
    },
  });
  server.routes.set(`/${name}/badge.png`, (response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(makePng(8, 8));
  });
  server.routes.set(`/${name}/key`, {
    json: {
      '@context': context,
      id: keyUrl,
      type: 'CryptographicKey',
      owner: issuerUrl,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }),
    },
  });
  server.routes.set(`/${name}/revocations`, {
    json: {
      '@context': context,
      id: revocationUrl,
      type: 'RevocationList',
      issuer: issuerUrl,
      revokedAssertions: [],
    },
  });

  return {
    issuerUrl,
    classUrl,
    keyUrl,
    revocationUrl,
    sign: (assertion) =>
      new CompactSign(Buffer.from(JSON.stringify(assertion)))
        .setProtectedHeader({ alg: 'RS256' })
        .sign(privateKey),
    assertion: (id, email, extra = {}) => ({
      '@context': context,
      id,
      type: 'Assertion',
      recipient: hashedRecipient(email),
      badge: classUrl,
      issuedOn: '2025-03-01T10:00:00Z',
      verification: { type: 'hosted' },
      ...extra,
    }),
  };
}

/** Bakes Open Badges 2.0 text into a PNG under the iTXt keyword `openbadges`. */
export function bakeOb2Png(text: string): Buffer {
  const png = makePng(8, 8);
  const chunks = readPngChunks(png);
  const itxt = encodePngChunk(
    'iTXt',
    Buffer.concat([
      Buffer.from('openbadges\0\0\0\0\0', 'latin1'),
      Buffer.from(text),
    ]),
  );
  const iend = chunks.at(-1)!;

  return Buffer.concat([
    png.subarray(0, iend.start),
    itxt,
    png.subarray(iend.start),
  ]);
}

/** Bakes Open Badges 2.0 text into an SVG as `<openbadges:assertion>`. */
export function bakeOb2Svg(verify: string): string {
  const escaped = verify.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" viewBox="0 0 10 10"><openbadges:assertion verify="${escaped}"></openbadges:assertion><circle cx="5" cy="5" r="4" fill="teal"/></svg>`;
}
