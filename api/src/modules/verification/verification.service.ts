import { Injectable } from '@nestjs/common';

import { IssuerDocuments } from '../issuers/issuer-documents.js';
import { IssuersService } from '../issuers/issuers.service.js';
import { CredentialVerifier } from './credential-verifier.js';
import { VerificationRepository } from './verification.repository.js';
import type { VerificationResult, VerifyInput } from './verification-result.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Verifies Open Badges 3.0 credentials: JSON with a Data Integrity proof,
 * VC-JWT, or either baked into a PNG or SVG. Keys and status lists come
 * from this site's database or from did:key; nothing is fetched.
 */
@Injectable()
export class VerificationService {
  private readonly verifier: CredentialVerifier;

  constructor(
    documents: IssuerDocuments,
    private readonly issuers: IssuersService,
    private readonly repository: VerificationRepository,
  ) {
    this.verifier = new CredentialVerifier(documents.loader());
  }

  async verify(input: VerifyInput): Promise<VerificationResult> {
    const result = await this.verifier.verify(input);
    const name = await this.knownIssuerName(result.issuerId);
    // A credential can name its issuer anything, so the name of one of our
    // organisations comes from the database, never from the credential.
    return name === null
      ? result
      : { ...result, issuerKnown: true, issuerName: name };
  }

  /** The organisation's name when `issuerId` is one of our did:web ids. */
  private async knownIssuerName(
    issuerId: string | null,
  ): Promise<string | null> {
    const organisationId = issuerId?.split(':').at(-1) ?? '';
    if (!UUID.test(organisationId)) return null;
    if (this.issuers.issuerId(organisationId) !== issuerId) return null;

    return this.repository.organisationName(organisationId);
  }
}
