/** LinkedIn's "Add to profile" address for a certification. */
const LINKEDIN_ADD_TO_PROFILE = 'https://www.linkedin.com/profile/add';

export interface LinkedInCertification {
  name: string;
  organizationName: string;
  issuedAt: string;
  validUntil?: string | null;
  certUrl: string;
  certId: string;
}

/**
 * Builds the link that opens LinkedIn's "Add licence or certification"
 * form with the badge's details filled in. LinkedIn takes the month as 1
 * to 12, in the issuer's calendar; UTC is used here so that every reader
 * gets the same link.
 */
export function linkedInAddToProfileUrl(badge: LinkedInCertification): string {
  const issued = new Date(badge.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: badge.name,
    organizationName: badge.organizationName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
  });
  if (badge.validUntil !== null && badge.validUntil !== undefined) {
    const expires = new Date(badge.validUntil);
    params.set('expirationYear', String(expires.getUTCFullYear()));
    params.set('expirationMonth', String(expires.getUTCMonth() + 1));
  }
  params.set('certUrl', badge.certUrl);
  params.set('certId', badge.certId);

  return `${LINKEDIN_ADD_TO_PROFILE}?${params.toString()}`;
}
