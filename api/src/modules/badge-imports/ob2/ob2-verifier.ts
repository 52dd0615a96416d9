import {
  type JsonObject,
  stringOrNull,
} from '../../verification/checks/credential-fields.js';
import {
  failed,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName as Check,
} from '../../verification/verification-result.js';
import type { ReadImport } from '../input/read-import.js';
import type { SafeFetcher } from '../safe-fetch/safe-fetcher.js';
import {
  type AssertionSource,
  checkHostedOrigin,
  checkStructure,
  compareHosted,
  describeRead,
  notRead,
  revokedCheck,
} from './ob2-assertion-checks.js';
import { checkOb2Dates } from './ob2-dates.js';
import { loadJson } from './ob2-documents.js';
import {
  hostedUrlOf,
  idOf,
  typesOf,
  verificationTypeOf,
} from './ob2-fields.js';
import { checkOb2Recipient } from './ob2-recipient.js';
import { checkSignature, findInRevocationList } from './ob2-signature.js';

type Ob2Read = Extract<ReadImport, { version: 'ob2' }>;

export interface Ob2Verification {
  checks: VerificationCheck[];
  revoked: boolean;
  /** The assertion as the issuer serves it, or as signed. */
  assertion: JsonObject | null;
  badgeClass: JsonObject | null;
  issuer: JsonObject | null;
  credentialUri: string | null;
}

/**
 * Verifies an Open Badges 2.0 assertion. Hosted: the assertion is fetched
 * from its id and must match what was given, and its URL must be on the
 * issuer's origin or one the issuer allows. Signed: the JWS must hold
 * under a key the issuer owns. Both: the BadgeClass and issuer Profile are
 * fetched and must agree, revocation, dates and recipient are checked.
 */
export class Ob2Verifier {
  constructor(private readonly fetcher: SafeFetcher) {}

  async verify(
    read: Ob2Read,
    addresses: readonly string[],
  ): Promise<Ob2Verification> {
    const format = passed(
      Check.FORMAT,
      `Read an Open Badges 2.0 ${describeRead(read)} from ${read.container}.`,
    );
    const source = await this.loadAssertion(read);
    const assertion = source.assertion;
    if (assertion === null) {
      return {
        checks: [format, ...notRead(source.hosted, source.revoked)],
        revoked: source.revoked,
        assertion: null,
        badgeClass: null,
        issuer: null,
        credentialUri: source.url,
      };
    }
    const badgeClass = await this.loadBadgeClass(assertion);
    const issuer =
      badgeClass.document === null
        ? {
            document: null,
            check: skipped(
              Check.ISSUER_PROFILE,
              'Not checked, because the BadgeClass could not be loaded.',
            ),
          }
        : await this.loadIssuer(badgeClass.document, source.url);
    const signature =
      read.kind === 'jws'
        ? await checkSignature(
            this.fetcher,
            read.token,
            assertion,
            issuer.document,
          )
        : {
            proof: skipped(
              Check.PROOF,
              'A hosted badge has no signature; HOSTED checks that the issuer serves it.',
            ),
            issuerKey: skipped(
              Check.ISSUER_KEY,
              'A hosted badge has no signing key; ISSUER_PROFILE checks where it is hosted.',
            ),
          };
    const status = await this.checkRevocation(
      read,
      source,
      assertion,
      issuer.document,
    );
    const dates = checkOb2Dates(assertion);

    return {
      checks: [
        format,
        checkStructure(assertion),
        source.hosted,
        signature.proof,
        signature.issuerKey,
        badgeClass.check,
        issuer.check,
        status.check,
        dates.validFrom,
        dates.validUntil,
        checkOb2Recipient(assertion, addresses),
      ],
      revoked: status.revoked,
      assertion,
      badgeClass: badgeClass.document,
      issuer: issuer.document,
      credentialUri: stringOrNull(assertion.id) ?? source.url,
    };
  }

  /** Reads the assertion; a hosted one is fetched and compared with what was given. */
  private async loadAssertion(read: Ob2Read): Promise<AssertionSource> {
    if (read.kind === 'jws') {
      return {
        assertion: read.assertion,
        url: null,
        revoked: false,
        hosted: skipped(
          Check.HOSTED,
          'A signed badge is checked by its signature, not by fetching it.',
        ),
      };
    }
    const given = read.kind === 'json' ? read.assertion : null;
    if (given !== null && verificationTypeOf(given) === 'signed') {
      return {
        assertion: given,
        url: null,
        revoked: false,
        hosted: failed(
          Check.HOSTED,
          'The assertion says it is signed, but it came without its signature; import the signed JWS or the baked image instead.',
        ),
      };
    }
    const url =
      read.kind === 'url'
        ? read.url
        : given === null
          ? null
          : hostedUrlOf(given);
    if (url === null) {
      return {
        assertion: given,
        url: null,
        revoked: false,
        hosted: failed(
          Check.HOSTED,
          'The assertion has no http(s) id to fetch it from, so it cannot be verified as hosted.',
        ),
      };
    }
    const loaded = await loadJson(this.fetcher, url);

    return compareHosted(url, loaded, given);
  }

  private async loadBadgeClass(
    assertion: JsonObject,
  ): Promise<{ document: JsonObject | null; check: VerificationCheck }> {
    const classUrl = idOf(assertion.badge);
    if (classUrl === null) {
      return {
        document: null,
        check: failed(
          Check.BADGE_CLASS,
          'The assertion names no BadgeClass (badge).',
        ),
      };
    }
    const loaded = await loadJson(this.fetcher, classUrl);
    if (!loaded.ok) {
      return {
        document: null,
        check: failed(
          Check.BADGE_CLASS,
          `The BadgeClass could not be loaded. ${loaded.reason}`,
        ),
      };
    }
    const document = loaded.document;
    if (
      !typesOf(document).includes('BadgeClass') ||
      idOf(document) !== classUrl
    ) {
      return {
        document: null,
        check: failed(
          Check.BADGE_CLASS,
          `${classUrl} is not the BadgeClass the assertion names: its type must be BadgeClass and its id ${classUrl}.`,
        ),
      };
    }

    return {
      document,
      check: passed(
        Check.BADGE_CLASS,
        `Loaded the BadgeClass "${String(document.name ?? classUrl)}" from ${classUrl}.`,
      ),
    };
  }

  private async loadIssuer(
    badgeClass: JsonObject,
    hostedUrl: string | null,
  ): Promise<{ document: JsonObject | null; check: VerificationCheck }> {
    const issuerUrl = idOf(badgeClass.issuer);
    if (issuerUrl === null) {
      return {
        document: null,
        check: failed(Check.ISSUER_PROFILE, 'The BadgeClass names no issuer.'),
      };
    }
    const loaded = await loadJson(this.fetcher, issuerUrl);
    if (!loaded.ok) {
      return {
        document: null,
        check: failed(
          Check.ISSUER_PROFILE,
          `The issuer Profile could not be loaded. ${loaded.reason}`,
        ),
      };
    }
    const issuer = loaded.document;
    const types = typesOf(issuer);
    if (
      !(types.includes('Issuer') || types.includes('Profile')) ||
      idOf(issuer) !== issuerUrl
    ) {
      return {
        document: null,
        check: failed(
          Check.ISSUER_PROFILE,
          `${issuerUrl} is not the issuer the BadgeClass names: its type must be Profile (or Issuer) and its id ${issuerUrl}.`,
        ),
      };
    }
    const origin =
      hostedUrl === null
        ? null
        : checkHostedOrigin(hostedUrl, issuer, issuerUrl);
    if (origin !== null)
      return { document: null, check: failed(Check.ISSUER_PROFILE, origin) };

    return {
      document: issuer,
      check: passed(
        Check.ISSUER_PROFILE,
        `The issuer "${String(issuer.name ?? issuerUrl)}" (${issuerUrl}) issues the BadgeClass${hostedUrl === null ? '' : ' and hosts the assertion'}.`,
      ),
    };
  }

  private async checkRevocation(
    read: Ob2Read,
    source: AssertionSource,
    assertion: JsonObject,
    issuer: JsonObject | null,
  ): Promise<{ check: VerificationCheck; revoked: boolean }> {
    if (assertion.revoked === true) {
      return revokedCheck(stringOrNull(assertion.revocationReason));
    }
    if (read.kind !== 'jws') {
      return {
        check: passed(
          Check.STATUS,
          'The issuer still serves the assertion and has not marked it revoked.',
        ),
        revoked: false,
      };
    }
    if (issuer === null) {
      return {
        check: skipped(
          Check.STATUS,
          'Not checked, because the issuer Profile could not be loaded.',
        ),
        revoked: false,
      };
    }
    const listed = await findInRevocationList(this.fetcher, issuer, assertion);
    if (listed === null) {
      return {
        check: passed(
          Check.STATUS,
          'The issuer publishes no revocation list and the assertion is not marked revoked.',
        ),
        revoked: false,
      };
    }
    if ('error' in listed)
      return { check: failed(Check.STATUS, listed.error), revoked: false };

    return listed.revoked === null
      ? {
          check: passed(
            Check.STATUS,
            "The assertion is not on the issuer's revocation list.",
          ),
          revoked: false,
        }
      : revokedCheck(listed.revoked);
  }
}
