import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { Injectable, Logger } from '@nestjs/common';

import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import {
  createDocumentLoader,
  type DocumentLoader,
  type DocumentSource,
} from '../credentials/jsonld/document-loader.js';
import {
  buildDidDocument,
  verificationMethodDocument,
} from './did-document.js';
import { parseVerificationMethodId } from './issuer-did.js';
import { IssuerKeysRepository } from './issuer-keys.repository.js';
import { IssuersService } from './issuers.service.js';

/** Multikey header of Ed25519 public keys (`z6Mk…`), the only kind accepted. */
const ED25519_MULTIKEY_HEADER = 'z6Mk';

/**
 * Resolves, from the database and without HTTP, the documents that
 * verifying our credentials needs: our issuers' DID documents and their
 * verification methods, and (through sources other modules register) our
 * status list credentials. `didKeySource` resolves foreign `did:key`
 * Ed25519 keys, which need no network either.
 */
@Injectable()
export class IssuerDocuments {
  private readonly logger = new Logger(IssuerDocuments.name);
  private readonly extraSources: DocumentSource[] = [];
  private readonly didKeys = didKeyDriver();

  constructor(
    private readonly issuers: IssuersService,
    private readonly keys: IssuerKeysRepository,
  ) {
    this.didKeys.use({
      multibaseMultikeyHeader: ED25519_MULTIKEY_HEADER,
      fromMultibase: Ed25519Multikey.from,
    });
  }

  /** Our did:web DIDs, their `#key-…` methods, and registered sources. */
  readonly source: DocumentSource = async (url) => {
    if (url.startsWith('did:web:')) return this.resolveDidWeb(url);
    for (const source of this.extraSources) {
      const document = await source(url);
      if (document !== null && document !== undefined) return document;
    }

    return null;
  };

  /** Foreign `did:key` DIDs and key ids with an Ed25519 key. */
  readonly didKeySource: DocumentSource = async (url) => {
    if (!url.startsWith(`did:key:${ED25519_MULTIKEY_HEADER}`)) return null;
    try {
      return await this.didKeys.get({ url });
    } catch (error) {
      this.logger.debug(`Could not resolve ${url}: ${String(error)}`);

      return null;
    }
  };

  /** Adds a source that `source` queries after our DIDs, such as status lists. */
  register(source: DocumentSource): void {
    this.extraSources.push(source);
  }

  /** A loader with the shipped contexts and both sources; never fetches. */
  loader(): DocumentLoader {
    return createDocumentLoader([this.source, this.didKeySource]);
  }

  /** The DID document of an organisation, or null when it does not exist. */
  async didDocument(
    organisationId: string,
  ): Promise<Record<string, unknown> | null> {
    const keys = await this.issuers.allKeys(organisationId);
    if (
      keys.length === 0 &&
      !(await this.keys.organisationExists(organisationId))
    ) {
      return null;
    }

    return buildDidDocument(this.issuers.issuerId(organisationId), keys);
  }

  private async resolveDidWeb(url: string): Promise<unknown> {
    const method = parseVerificationMethodId(url);
    if (method !== null) {
      const key = await this.keys.findById(method.keyId);
      if (key === null) return null;
      const did = this.issuers.issuerId(key.organisationId);

      return did === method.did ? verificationMethodDocument(did, key) : null;
    }
    const organisationId = url.split(':').at(-1) ?? '';
    if (!UUID_PATTERN.test(organisationId)) return null;
    if (this.issuers.issuerId(organisationId) !== url) return null;

    return this.didDocument(organisationId);
  }
}
