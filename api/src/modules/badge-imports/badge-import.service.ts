import { Inject, Injectable, Logger } from '@nestjs/common';

import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LearnerAddresses } from '../accounts/learner-addresses.service.js';
import { LearnerBadgeEvents } from '../credentials/learner-badge-events.js';
import { VerificationService } from '../verification/verification.service.js';
import { ImportRateLimit } from './import-rate-limit.service.js';
import {
  type ImportedCredential,
  ImportSource,
} from './imported-credential.entity.js';
import {
  ImportedCredentialsRepository,
  type ImportValues,
} from './imported-credentials.repository.js';
import {
  readFile,
  type ReadImport,
  readText,
  sourceOfText,
} from './input/read-import.js';
import { Ob2Verifier } from './ob2/ob2-verifier.js';
import { AddressPolicy } from './safe-fetch/address-policy.js';
import { SafeFetcher } from './safe-fetch/safe-fetcher.js';
import {
  acceptImage,
  type BadgeImage,
  loadImage,
} from './verify/badge-image.js';
import { readAlignments } from './verify/badge-metadata.js';
import {
  ImportVerifier,
  type VerifiedImport,
} from './verify/import-verifier.js';

export { ImportSource };

/**
 * A badge a learner adds: `text` (JSON, VC-JWT or JWS) for JSON and JWT,
 * `bytes` of a baked PNG or SVG for PNG and SVG, `url` of a hosted Open
 * Badges 2.0 assertion for URL. API imports carry `text`.
 */
export interface ImportRequest {
  source: ImportSource;
  text?: string;
  bytes?: Buffer;
  url?: string;
}

interface Prepared {
  read: ReadImport;
  source: ImportSource;
  sourceUrl: string | null;
  bakedFile?: Buffer;
  image: BadgeImage | null;
}

/**
 * Imports badges issued elsewhere into a learner's backpack. Every import
 * is verified before it is stored; one that fails is kept with its reason
 * and can be verified again.
 */
@Injectable()
export class BadgeImportService {
  private readonly logger = new Logger(BadgeImportService.name);
  private readonly fetcher: SafeFetcher;
  private readonly verifier: ImportVerifier;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: ImportedCredentialsRepository,
    private readonly addresses: LearnerAddresses,
    private readonly events: LearnerBadgeEvents,
    private readonly rateLimit: ImportRateLimit,
    verification: VerificationService,
  ) {
    this.fetcher = new SafeFetcher(new AddressPolicy(config.importFetchAllow));
    this.verifier = new ImportVerifier(
      verification,
      new Ob2Verifier(this.fetcher),
    );
  }

  /**
   * Verifies and stores a badge. `created` is false when the learner had
   * already imported the same credential id, whose row was replaced.
   */
  async importBadge(
    userId: string,
    request: ImportRequest,
  ): Promise<{ badge: ImportedCredential; created: boolean }> {
    await this.rateLimit.take(userId);
    const prepared = await prepare(request);
    const verified = await this.verifier.verify(
      prepared.read,
      await this.addresses.verifiedAddresses(userId),
      prepared.bakedFile,
    );
    const image =
      prepared.image ??
      (await loadImage(this.fetcher, verified.metadata.imageRef));
    const values = await this.values(userId, prepared, verified, image);
    const stored = await this.repository.upsert(
      values,
      this.config.maxImportsPerLearner,
    );
    if (stored === null) throw this.backpackFull();
    const { id, created } = stored;
    this.logger.log(
      `User ${userId} imported ${verified.specVersion} badge ${id} as ${verified.status}`,
    );
    await this.events.badgesChanged(userId);

    return { badge: (await this.repository.findById(id))!, created };
  }

  /** Verifies an import again, for its owner; NOT_FOUND for anyone else. */
  async reverify(
    userId: string,
    importedCredentialId: string,
  ): Promise<ImportedCredential> {
    const row = await this.findOwned(userId, importedCredentialId);
    await this.rateLimit.take(userId);
    const read = readText(row.rawText, 'the stored import');
    const verified = await this.verifier.verify(
      read,
      await this.addresses.verifiedAddresses(userId),
    );
    const image =
      row.imageData === null || row.imageContentType === null
        ? await loadImage(this.fetcher, verified.metadata.imageRef)
        : { data: row.imageData, contentType: row.imageContentType };
    const prepared = {
      read,
      source: row.source,
      sourceUrl: row.sourceUrl,
      image,
    };
    await this.repository.update(
      row.id,
      await this.values(userId, prepared, verified, image),
    );
    this.logger.log(
      `User ${userId} re-verified badge ${row.id}: ${verified.status}`,
    );
    await this.events.badgesChanged(userId);

    return (await this.repository.findById(row.id))!;
  }

  async findOwned(userId: string, id: string): Promise<ImportedCredential> {
    const row = UUID.test(id)
      ? await this.repository.findOwned(userId, id)
      : null;
    if (row === null) {
      throw new NotFoundError(`No imported badge ${id} in your backpack.`);
    }

    return row;
  }

  private backpackFull(): ConflictError {
    const max = this.config.maxImportsPerLearner;

    return new ConflictError(
      `Your backpack already holds ${max} imported badges, the maximum; delete imported badges you no longer need before importing more.`,
    );
  }

  private async values(
    userId: string,
    prepared: Prepared,
    verified: VerifiedImport,
    image: BadgeImage | null,
  ): Promise<ImportValues> {
    const { metadata } = verified;
    const alignments = readAlignments(
      metadata.alignments,
      await this.repository.referenceData(),
      this.config.publicUrl,
    );

    return {
      userId,
      source: prepared.source,
      sourceUrl: prepared.sourceUrl,
      specVersion: verified.specVersion,
      rawText: prepared.read.text,
      document: verified.document,
      credentialUri: verified.credentialUri,
      achievementUri: metadata.achievementUri,
      achievementName: metadata.achievementName,
      achievementDescription: metadata.achievementDescription,
      issuerUri: metadata.issuerUri,
      issuerName: metadata.issuerName,
      issuedAt: metadata.issuedAt,
      expiresAt: metadata.expiresAt,
      imageData: image?.data ?? null,
      imageContentType: image?.contentType ?? null,
      sdgNumbers: alignments.sdgNumbers,
      skillIds: alignments.skillIds,
      status: verified.status,
      checks: verified.checks,
      failureReason: verified.failureReason,
      verifiedAt: new Date(),
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the request into what it carries, checking that it is usable. */
async function prepare(request: ImportRequest): Promise<Prepared> {
  switch (request.source) {
    case ImportSource.PNG:
    case ImportSource.SVG: {
      const file = readFile(request.bytes ?? Buffer.alloc(0));
      const bakedOb3 = file.read.version === 'ob3' ? request.bytes : undefined;
      const image = await acceptImage(request.bytes!);
      const source =
        file.imageType === 'image/png' ? ImportSource.PNG : ImportSource.SVG;

      return {
        read: file.read,
        source,
        sourceUrl: null,
        bakedFile: bakedOb3,
        image,
      };
    }
    case ImportSource.URL: {
      const url = (request.url ?? '').trim();
      if (!/^https?:\/\/\S+$/i.test(url)) {
        throw new BadUserInputError(
          `"${url.slice(0, 200)}" is not an http(s) URL; give the URL of an Open Badges 2.0 hosted assertion.`,
          'input.url',
        );
      }
      const read = readText(url, 'the URL');

      return { read, source: ImportSource.URL, sourceUrl: url, image: null };
    }
    case ImportSource.JSON:
    case ImportSource.JWT:
    case ImportSource.API: {
      const read = readText(request.text ?? '');
      const source =
        request.source === ImportSource.API
          ? ImportSource.API
          : sourceOfText(read);

      return {
        read,
        source,
        sourceUrl:
          read.version === 'ob2' && read.kind === 'url' ? read.url : null,
        image: null,
      };
    }
  }
}
