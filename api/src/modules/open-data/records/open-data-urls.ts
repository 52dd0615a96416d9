import type { OpportunityRecord } from './opportunity-record.js';

/** The public page of an opportunity, which also identifies it in JSON-LD. */
export function opportunityPageUrl(publicUrl: string, id: string): string {
  return `${publicUrl}/opportunities/${id}`;
}

/** The provider's own website, or else its page in the app. */
export function providerUrl(
  publicUrl: string,
  provider: OpportunityRecord['provider'],
): string {
  return provider.website ?? `${publicUrl}/organisations/${provider.id}`;
}

/** The RPDE feed of opportunities. */
export function feedUrl(publicUrl: string): string {
  return `${publicUrl}/openactive/feeds/opportunities`;
}
