import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../../common/auth/viewer.js';
import type { ImportedCredential } from '../../badge-imports/imported-credential.entity.js';
import { CredentialExportsService } from '../../credential-exports/credential-exports.service.js';
import {
  type BackpackItemRow,
  BackpackItemsRepository,
} from '../backpack-items.repository.js';
import { BackpackItemKind } from '../list/backpack-item.type.js';
import type { ZipStream } from './zip-stream.js';

/** One badge in index.json: what it is and which files hold it. */
export interface ExportIndexEntry {
  kind: BackpackItemKind;
  id: string;
  name: string | null;
  issuer: string | null;
  issuedAt: string;
  expiresAt: string | null;
  status: string;
  shared: boolean;
  files: string[];
}

const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const README = `Learnscape backpack export
==========================

This archive contains every badge in your Learnscape backpack.

index.json         A list of the badges: name, issuer, dates, status, and
                   the files of each one.
issued/            Badges issued on Learnscape. For each badge:
  *.json           the signed Open Badges 3.0 credential, as stored;
  *.jwt            the same credential as a VC-JWT;
  *.png            the badge image with the credential baked in, which
                   other backpacks and verifiers can import.
imported/          Badges you imported from other platforms. For each badge:
  *.json or *.jwt  the credential or assertion exactly as it was imported;
  an image file    the badge image, when the import had one.

Any Open Badges verifier can check the .json, .jwt and .png files.
`;

/** Writes every badge of a learner's backpack into a zip archive. */
@Injectable()
export class BackpackExportService {
  private readonly logger = new Logger(BackpackExportService.name);

  constructor(
    private readonly items: BackpackItemsRepository,
    private readonly credentialExports: CredentialExportsService,
  ) {}

  async write(viewer: Viewer, zip: ZipStream): Promise<void> {
    const rows = await this.items.findAll(viewer.userId);
    const index: ExportIndexEntry[] = [];
    await zip.add('README.txt', README);
    for (const row of rows) {
      const files =
        row.kind === BackpackItemKind.ISSUED
          ? await this.addIssued(viewer, row, zip)
          : await this.addImported(row, zip);
      index.push(indexEntry(row, files));
    }
    const exportedAt = new Date().toISOString();
    await zip.add(
      'index.json',
      JSON.stringify({ exportedAt, badges: index }, null, 2),
    );
    await zip.end();
    this.logger.log(
      `Exported ${rows.length} badges of user ${viewer.userId} as a zip`,
    );
  }

  private async addIssued(
    viewer: Viewer,
    row: BackpackItemRow,
    zip: ZipStream,
  ): Promise<string[]> {
    const credential = await this.credentialExports.readable(viewer, row.id);
    const base = `issued/${fileStem(row)}`;
    const png = await this.credentialExports.bakedImage(credential, 'png');
    const modified = row.issuedAt;
    await zip.add(`${base}.json`, JSON.stringify(credential.document), {
      modified,
    });
    await zip.add(`${base}.jwt`, credential.jwt, { modified });
    await zip.add(`${base}.png`, png.bytes, { compress: false, modified });

    return [`${base}.json`, `${base}.jwt`, `${base}.png`];
  }

  private async addImported(
    row: BackpackItemRow,
    zip: ZipStream,
  ): Promise<string[]> {
    const [badge] = await this.items.findImported([row.id]);
    if (badge === undefined) return [];
    const base = `imported/${fileStem(row)}`;
    const textName = `${base}.${textExtension(badge)}`;
    await zip.add(textName, badge.rawText, { modified: row.issuedAt });
    const files = [textName];
    const extension =
      badge.imageContentType === null
        ? undefined
        : IMAGE_EXTENSIONS[badge.imageContentType];
    if (badge.imageData !== null && extension !== undefined) {
      const imageName = `${base}-image.${extension}`;
      await zip.add(imageName, badge.imageData, {
        compress: extension === 'svg',
        modified: row.issuedAt,
      });
      files.push(imageName);
    }

    return files;
  }
}

/** JSON when the text is a JSON object; otherwise a compact JWS or VC-JWT. */
function textExtension(badge: ImportedCredential): string {
  return badge.rawText.trimStart().startsWith('{') ? 'json' : 'jwt';
}

/** A readable, unique file name: the badge name as ASCII, then its id. */
function fileStem(row: BackpackItemRow): string {
  const slug = (row.name ?? 'badge')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);

  return `${slug || 'badge'}-${row.id}`;
}

function indexEntry(row: BackpackItemRow, files: string[]): ExportIndexEntry {
  return {
    kind: row.kind,
    id: row.id,
    name: row.name,
    issuer: row.issuerName,
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    status: row.status,
    shared: row.shared,
    files,
  };
}
