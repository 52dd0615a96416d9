import { Injectable } from '@nestjs/common';

import { IssuerDocuments } from '../issuers/issuer-documents.js';
import { CredentialVerifier } from './credential-verifier.js';
import type { VerificationResult, VerifyInput } from './verification-result.js';

/**
 * Verifies Open Badges 3.0 credentials: JSON with a Data Integrity proof,
 * VC-JWT, or either baked into a PNG or SVG. Keys and status lists come
 * from this site's database or from did:key; nothing is fetched.
 */
@Injectable()
export class VerificationService {
  private readonly verifier: CredentialVerifier;

  constructor(documents: IssuerDocuments) {
    this.verifier = new CredentialVerifier(documents.loader());
  }

  verify(input: VerifyInput): Promise<VerificationResult> {
    return this.verifier.verify(input);
  }
}
