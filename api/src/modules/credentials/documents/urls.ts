/** URLs under PUBLIC_URL at which the app publishes each Open Badges resource. */

export type StatusPurpose = 'revocation' | 'suspension';

export const STATUS_PURPOSES: readonly StatusPurpose[] = [
  'revocation',
  'suspension',
];

export function credentialUrn(credentialId: string): string {
  return `urn:uuid:${credentialId}`;
}

export function achievementUrl(publicUrl: string, achievementId: string) {
  return `${publicUrl}/api/achievements/${achievementId}`;
}

export function achievementImageUrl(publicUrl: string, achievementId: string) {
  return `${achievementUrl(publicUrl, achievementId)}/image`;
}

export function fileUrl(publicUrl: string, fileId: string): string {
  return `${publicUrl}/api/files/${fileId}`;
}

/**
 * The URL that identifies a WEF 21st-century skill in alignments. The
 * WEF publishes no page per skill, so the app's own skill id is the stable
 * reference.
 */
export function skillUrl(publicUrl: string, skillId: string): string {
  return `${publicUrl}/api/skills/${skillId}`;
}

export function statusListUrl(
  publicUrl: string,
  listId: string,
  purpose: StatusPurpose,
): string {
  return `${publicUrl}/api/status-lists/${listId}/${purpose}`;
}
