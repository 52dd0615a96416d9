import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import type { AppConfig } from '../src/config/app-config.js';
import { APP_CONFIG } from '../src/config/config.module.js';
import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { clearCredentials, clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import {
  makeExe,
  makeJpeg,
  makeMp4,
  makePdf,
  makePng,
  upload,
} from './support/upload-files.js';

const MEBIBYTE = 1024 * 1024;

const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg [ <!ENTITY unused "never referenced"> ]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="alert('load')">
  <script>alert('script')</script>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
  <image href="https://evil.example/tracker.png" width="10" height="10"/>
  <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <a href="javascript:alert('link')"><text x="5" y="50">Link</text></a>
  <rect id="safe" width="50" height="50" fill="url(#gradient)" onclick="alert('click')"/>
  <rect width="10" height="10" style="fill: url(https://evil.example/paint)"/>
  <style>@import url(https://evil.example/style.css);</style>
  <linearGradient id="gradient"><stop offset="0" stop-color="#C5192D"/></linearGradient>
  <use id="copy" xlink:href="#safe" x="50"/>
  <use href="https://evil.example/sprite.svg#icon"/>
</svg>`;

const ENTITY_SVG = `<?xml version="1.0"?>
<!DOCTYPE svg [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>`;

let api: TestApp;
let uploadDir: string;
let providerId: string;
let otherProviderId: string;
let owner: TestUser;
let editor: TestUser;
let awarder: TestUser;
let otherOwner: TestUser;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function storedFileCount(): Promise<number> {
  const folders = await readdir(uploadDir).catch(() => [] as string[]);
  let count = 0;
  for (const folder of folders) {
    count += (await readdir(path.join(uploadDir, folder))).length;
  }

  return count;
}

async function rowCount(): Promise<number> {
  const [row]: { count: number }[] = await api.dataSource.query(
    'SELECT count(*)::int AS count FROM stored_files',
  );

  return row!.count;
}

async function download(id: string, cookie?: string) {
  const response = await fetch(`${api.baseUrl}/api/files/${id}`, {
    headers: cookie === undefined ? {} : { cookie },
  });

  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

beforeAll(async () => {
  api = await startTestApp();
  uploadDir = api.app.get<AppConfig>(APP_CONFIG).uploadDir;
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider');
  otherProviderId = await createOrganisation(api.dataSource, 'provider');
  owner = await createUser(api.dataSource);
  editor = await createUser(api.dataSource);
  awarder = await createUser(api.dataSource);
  otherOwner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
  await addMember(api.dataSource, providerId, editor.id, 'editor');
  await addMember(api.dataSource, providerId, awarder.id, 'awarder');
  await addMember(api.dataSource, otherProviderId, otherOwner.id, 'owner');
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api?.close();
});

describe('achievement image uploads', () => {
  it('stores a PNG and serves it publicly', async () => {
    const png = makePng(8, 8);
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: png, name: 'badge.png', type: 'image/png' }],
      owner.cookie,
    );

    expect(response.status).toBe(201);
    expect(response.body.contentType).toBe('image/png');
    expect(response.body.byteSize).toBe(png.length);
    expect(response.body.sha256).toBe(sha256(png));
    expect(response.body.name).toBe('badge.png');
    expect(response.body.url).toBe(
      `${new URL(response.body.url!).origin}/api/files/${response.body.id}`,
    );

    const served = await download(response.body.id!);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(png)).toBe(true);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(
      /^inline; filename="badge.png"/,
    );
    expect(served.headers.get('cache-control')).toMatch(/public/);
  });

  it('audits each upload', async () => {
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: makePng(), name: 'audited.png' }],
      editor.cookie,
    );
    const entries: { action: string; actor_id: string }[] =
      await api.dataSource.query(
        `SELECT action, actor_id FROM audit_log
          WHERE subject_type = 'stored_file' AND subject_id = $1`,
        [response.body.id],
      );

    expect(entries).toEqual([{ action: 'upload', actor_id: editor.id }]);
  });

  it('sanitises a hostile SVG', async () => {
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [
        {
          bytes: Buffer.from(HOSTILE_SVG),
          name: 'hostile.svg',
          type: 'image/svg+xml',
        },
      ],
      editor.cookie,
    );
    expect(response.status).toBe(201);
    expect(response.body.contentType).toBe('image/svg+xml');

    const served = await download(response.body.id!);
    const text = served.bytes.toString('utf8');
    expect(served.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    expect(response.body.sha256).toBe(sha256(served.bytes));
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('viewBox="0 0 100 100"');
    expect(text).toContain('id="safe"');
    expect(text).toContain('fill="url(#gradient)"');
    expect(text).toContain('data:image/png;base64');
    expect(text).toMatch(/<use[^>]+id="copy"[^>]+href="#safe"/);
    for (const hostile of [
      '<script',
      'alert',
      'onload',
      'onclick',
      'foreignObject',
      'evil.example',
      'javascript:',
      '@import',
      'DOCTYPE',
      'ENTITY',
    ]) {
      expect(text).not.toContain(hostile);
    }
  });

  it('rejects an SVG that uses an external entity', async () => {
    const filesBefore = await storedFileCount();
    const rowsBefore = await rowCount();
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [
        {
          bytes: Buffer.from(ENTITY_SVG),
          name: 'entity.svg',
          type: 'image/svg+xml',
        },
      ],
      owner.cookie,
    );

    expect(response.status).toBe(415);
    expect(response.body.errors?.[0]?.extensions.code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(response.body.errors?.[0]?.message).toMatch(/PNG or SVG/);
    expect(await storedFileCount()).toBe(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
  });

  it('stores a PNG named .svg as PNG', async () => {
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: makePng(), name: 'really-a-png.svg', type: 'image/svg+xml' }],
      owner.cookie,
    );

    expect(response.status).toBe(201);
    expect(response.body.contentType).toBe('image/png');
  });

  it('rejects an executable named .png', async () => {
    const rowsBefore = await rowCount();
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: makeExe(), name: 'badge.png', type: 'image/png' }],
      owner.cookie,
    );

    expect(response.status).toBe(415);
    expect(response.body.errors?.[0]?.message).toMatch(
      /application\/x-msdownload/,
    );
    expect(await rowCount()).toBe(rowsBefore);
  });

  it('rejects a PNG over 1 MiB with 413', async () => {
    const filesBefore = await storedFileCount();
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: makePng(4, 4, [0, 0, 0], MEBIBYTE), name: 'big.png' }],
      owner.cookie,
    );

    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limitBytes: MEBIBYTE,
    });
    expect(response.body.errors?.[0]?.message).toMatch(/1 MiB/);
    expect(await storedFileCount()).toBe(filesBefore);
  });

  it('keeps awarders from uploading images', async () => {
    const response = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: makePng(), name: 'badge.png' }],
      awarder.cookie,
    );

    expect(response.status).toBe(403);
  });
});

describe('evidence uploads', () => {
  it.each([
    ['JPEG', makeJpeg(), 'photo.jpg', 'image/jpeg'],
    ['MP4', makeMp4(), 'clip.mp4', 'video/mp4'],
    ['PDF', makePdf(), 'report.pdf', 'application/pdf'],
    [
      'text',
      Buffer.from('Ran the repair café, fixed 12 toasters.\n'),
      'notes.txt',
      'text/plain; charset=utf-8',
    ],
  ])('stores %s evidence', async (_label, bytes, name, contentType) => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes, name }],
      awarder.cookie,
    );

    expect(response.status).toBe(201);
    expect(response.body.contentType).toBe(contentType);
    expect(response.body.sha256).toBe(sha256(bytes));
  });

  it('rejects a JPEG over 25 MiB with 413', async () => {
    const bytes = Buffer.concat([makeJpeg(), Buffer.alloc(25 * MEBIBYTE)]);
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes, name: 'huge.jpg' }],
      owner.cookie,
    );

    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions.limitBytes).toBe(
      25 * MEBIBYTE,
    );
    expect(response.body.errors?.[0]?.message).toMatch(
      /JPEG file is larger than 25 MiB/,
    );
  });

  it('rejects text that is not UTF-8', async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [
        {
          bytes: Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x00]),
          name: 'notes.txt',
        },
      ],
      owner.cookie,
    );

    expect(response.status).toBe(415);
  });

  it('keeps editors from uploading evidence', async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes: makeJpeg(), name: 'photo.jpg' }],
      editor.cookie,
    );

    expect(response.status).toBe(403);
  });
});

describe('malformed uploads', () => {
  it('rejects two files', async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [
        { bytes: makeJpeg(), name: 'one.jpg' },
        { bytes: makeJpeg(), name: 'two.jpg' },
      ],
      owner.cookie,
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/more than one file/);
  });

  it('rejects a file in another field', async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes: makeJpeg(), name: 'one.jpg', field: 'photo' }],
      owner.cookie,
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/field "file"/);
  });

  it('rejects an unknown purpose', async () => {
    const response = await upload(
      api,
      providerId,
      'avatar',
      [{ bytes: makePng(), name: 'a.png' }],
      owner.cookie,
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(
      /achievement_image or evidence/,
    );
  });

  it('rejects a body that is not multipart', async () => {
    const response = await fetch(
      `${api.baseUrl}/api/organisations/${providerId}/files?purpose=evidence`,
      {
        method: 'POST',
        headers: { cookie: owner.cookie, 'content-type': 'image/png' },
        body: new Uint8Array(makePng()),
      },
    );

    expect(response.status).toBe(415);
  });

  it('rejects anonymous uploads', async () => {
    const response = await upload(api, providerId, 'evidence', [
      { bytes: makeJpeg(), name: 'a.jpg' },
    ]);

    expect(response.status).toBe(401);
  });

  it("rejects another organisation's owner", async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes: makeJpeg(), name: 'a.jpg' }],
      otherOwner.cookie,
    );

    expect(response.status).toBe(403);
  });

  it('removes path segments from file names', async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes: makeJpeg(), name: '../../etc/"passwd".jpg' }],
      owner.cookie,
    );

    expect(response.status).toBe(201);
    expect(response.body.name).toBe('passwd.jpg');
  });
});

describe('evidence downloads', () => {
  let fileId: string;
  let credentialId: string;
  let recipient: TestUser;

  beforeAll(async () => {
    const response = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes: makePdf(), name: 'portfolio.pdf' }],
      awarder.cookie,
    );
    fileId = response.body.id!;
    recipient = await createUser(api.dataSource);
    const [list]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO status_lists (organisation_id, length)
       VALUES ($1, 131072) RETURNING id`,
      [providerId],
    );
    const [credential]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO credentials (type, organisation_id, recipient_user_id,
         recipient_email, valid_from, status_list_id, status_list_index,
         document, jwt)
       VALUES ('open_badge', $1, $2, $3, now(), $4, 0, '{}', 'unsigned')
       RETURNING id`,
      [providerId, recipient.id, 'Second.Address@example.org', list!.id],
    );
    credentialId = credential!.id;
    await api.dataSource.query(
      `INSERT INTO credential_evidence (credential_id, position, file_id)
       VALUES ($1, 0, $2)`,
      [credentialId, fileId],
    );
  });

  it('hides evidence from anonymous visitors', async () => {
    const served = await download(fileId);

    expect(served.status).toBe(404);
    expect(JSON.parse(served.bytes.toString()).errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('serves evidence to members', async () => {
    const served = await download(fileId, editor.cookie);

    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('cache-control')).toBe('private, no-store');
  });

  it('serves evidence to the recipient', async () => {
    expect((await download(fileId, recipient.cookie)).status).toBe(200);
  });

  it('serves evidence by verified recipient e-mail', async () => {
    const verified = await createUser(api.dataSource, {
      email: 'second.address@example.org',
    });

    expect((await download(fileId, verified.cookie)).status).toBe(200);
  });

  it('hides evidence from an unverified e-mail', async () => {
    await api.dataSource.query(
      'UPDATE credentials SET recipient_email = $2 WHERE id = $1',
      [credentialId, 'unverified@example.org'],
    );
    const unverified = await createUser(api.dataSource, {
      email: 'unverified@example.org',
      verified: false,
    });

    expect((await download(fileId, unverified.cookie)).status).toBe(404);
  });

  it("hides evidence from another organisation's owner", async () => {
    expect((await download(fileId, otherOwner.cookie)).status).toBe(404);
  });

  it('serves evidence once the credential is shared', async () => {
    await api.dataSource.query(
      'UPDATE credentials SET shared_at = now() WHERE id = $1',
      [credentialId],
    );

    expect((await download(fileId)).status).toBe(200);
  });

  it('answers 404 for unknown ids', async () => {
    expect(
      (await download('00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await download('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
