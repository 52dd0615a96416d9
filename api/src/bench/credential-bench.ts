import 'reflect-metadata';

import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue, verifyCredential } from '@digitalbazaar/vc';
import { compactVerify, exportJWK, generateKeyPair, SignJWT } from 'jose';

import { createApp } from '../bootstrap/create-app.js';
import { openDatabase } from '../bootstrap/database.js';
import { PinoLoggerService } from '../common/logging/pino-logger.service.js';
import { loadConfig } from '../config/app-config.js';
import { CredentialType } from '../modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../modules/credentials/credential-issuer.service.js';
import { createDocumentLoader } from '../modules/credentials/jsonld/document-loader.js';
import { VerificationService } from '../modules/verification/verification.service.js';

const USAGE = `Usage: npm run bench -- [--credentials N]

Issues --credentials open badges (default 200) through CredentialIssuer into
the database the app uses, verifies each as JSON and as VC-JWT through
VerificationService, and compares the rates with the bare libraries
(@digitalbazaar/vc with an in-memory key and loader, jose with a CryptoKey
imported once) on the same document.`;

type Json = Record<string, unknown>;

interface Rate {
  label: string;
  count: number;
  milliseconds: number;
}

async function timed(
  label: string,
  count: number,
  run: (index: number) => Promise<unknown>,
): Promise<Rate> {
  const start = performance.now();
  for (let index = 0; index < count; index += 1) await run(index);

  return { label, count, milliseconds: performance.now() - start };
}

function positiveInteger(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `--${name} is "${raw}"; expected a positive integer.\n\n${USAGE}`,
    );
  }

  return value;
}

/** Signs and verifies `document` with the libraries alone, keys parsed once. */
async function libraryRates(document: Json, count: number): Promise<Rate[]> {
  const { proof: _proof, ...unsigned } = document;
  const loader = createDocumentLoader([]);
  const key = await Ed25519Multikey.generate({
    controller: 'did:example:bench',
  });
  key.id = 'did:example:bench#key-1';
  const methods = new Map<string, Json>([
    [
      'did:example:bench',
      {
        '@context': 'https://www.w3.org/ns/did/v1',
        id: 'did:example:bench',
        assertionMethod: [key.id],
      },
    ],
    [
      key.id,
      { ...(await key.export({ publicKey: true, includeContext: true })) },
    ],
  ]);
  const localLoader = async (url: string) =>
    methods.has(url)
      ? { contextUrl: null, documentUrl: url, document: methods.get(url) }
      : loader(url);
  const issuerDocument = {
    ...unsigned,
    issuer: { ...(unsigned.issuer as Json), id: 'did:example:bench' },
  };
  const sign = () =>
    issue({
      credential: structuredClone(issuerDocument),
      suite: new DataIntegrityProof({
        signer: key.signer(),
        cryptosuite: eddsaRdfc2022,
      }),
      documentLoader: localLoader,
    });
  const signed = await sign();
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  await exportJWK(publicKey);
  const jwt = await new SignJWT(signed)
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .sign(privateKey);

  return [
    await timed('library: Data Integrity sign', count, sign),
    await timed('library: Data Integrity verify', count, () =>
      verifyCredential({
        credential: signed,
        suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
        documentLoader: localLoader,
        checkStatus: () => Promise.resolve({ verified: true }),
      }),
    ),
    await timed('library: ES256 JWT sign', count, () =>
      new SignJWT(signed)
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
        .sign(privateKey),
    ),
    await timed('library: ES256 JWT verify', count, () =>
      compactVerify(jwt, publicKey),
    ),
  ];
}

function report(rates: Rate[], embedded: boolean): void {
  console.log(
    `\nCredential benchmark: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${embedded ? 'embedded PGlite' : 'PostgreSQL'}\n`,
  );
  console.log('| operation | count | total ms | per second | ms each |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const rate of rates) {
    const perSecond = (rate.count / rate.milliseconds) * 1000;
    console.log(
      `| ${rate.label} | ${rate.count} | ${rate.milliseconds.toFixed(0)} | ${perSecond.toFixed(1)} | ${(rate.milliseconds / rate.count).toFixed(2)} |`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      credentials: { type: 'string', default: '200' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const count = positiveInteger('credentials', values.credentials);
  const config = loadConfig();
  const logger = new PinoLoggerService('warn');
  const database = await openDatabase({ ...config, seedDemo: false }, logger);
  const app = await createApp(
    { ...config, port: 0 },
    database.dataSource,
    logger,
  );
  try {
    const execute = (sql: string, params?: unknown[]) =>
      database.dataSource.query(sql, params);
    const [organisation] = (await execute(
      `INSERT INTO organisations (name, slug, kind) VALUES ('Bench Issuer', 'bench-' || gen_random_uuid(), 'provider') RETURNING id`,
    )) as { id: string }[];
    const [achievement] = (await execute(
      `INSERT INTO achievements (organisation_id, name, description, criteria_narrative, achievement_type) VALUES ($1, 'Bench Badge', 'Issued by the benchmark.', 'Run the benchmark.', 'Badge') RETURNING id`,
      [organisation!.id],
    )) as { id: string }[];
    await execute(
      'INSERT INTO achievement_sdgs (achievement_id, sdg_number) VALUES ($1, 4)',
      [achievement!.id],
    );
    const issuer = app.get(CredentialIssuer);
    const issueOne = (index: number) =>
      database.dataSource.transaction((manager) =>
        issuer.issue(manager, {
          type: CredentialType.OPEN_BADGE,
          organisationId: organisation!.id,
          issuedById: null,
          achievementId: achievement!.id,
          recipient: { userId: null, email: `bench-${index}@example.org` },
        }),
      );
    const first = await issueOne(-1); // Creates the keys and status list outside the timing.
    const issued: { document: Json; jwt: string }[] = [];
    const issuing = await timed(
      'Learnscape: issue (DI + JWT + insert)',
      count,
      async (index) => issued.push(await issueOne(index)),
    );
    const verifier = app.get(VerificationService);
    const rates = [
      issuing,
      await timed('Learnscape: verify JSON (DI + status)', count, (index) =>
        verifier.verify({ text: JSON.stringify(issued[index]!.document) }),
      ),
      await timed(
        'Learnscape: verify VC-JWT (JWT + DI + status)',
        count,
        (index) => verifier.verify({ text: issued[index]!.jwt }),
      ),
      ...(await libraryRates(first.document, count)),
    ];
    report(rates, database.embedded !== null);
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
