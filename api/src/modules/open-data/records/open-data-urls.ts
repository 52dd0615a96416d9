import type { OpportunityRecord } from './opportunity-record.js';

/** Returns the public page of an opportunity, which also identifies it in JSON-LD. */
export function opportunityPageUrl(publicUrl: string, id: string): string {
  return `${publicUrl}/opportunities/${id}`;
}

/** Returns the provider's own website, or else its page in the app. */
export function providerUrl(
  publicUrl: string,
  provider: OpportunityRecord['provider'],
): string {
  return provider.website ?? `${publicUrl}/organisations/${provider.id}`;
}

/** Returns the address of the RPDE feed of opportunities. */
export function feedUrl(publicUrl: string): string {
  return `${publicUrl}/openactive/feeds/opportunities`;
}
