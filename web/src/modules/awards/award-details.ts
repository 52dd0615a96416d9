import type { EvidenceInput } from '@/gql/graphql';

/** The awarder's additions to a badge: a narrative and one evidence item. */
export interface AwardDetails {
  narrative: string;
  evidenceName: string;
  evidenceUrl: string;
  /** The uploaded evidence file, which replaces the link when set. */
  evidenceFile: { id: string; name: string } | null;
}

export const EMPTY_DETAILS: AwardDetails = {
  narrative: '',
  evidenceName: '',
  evidenceUrl: '',
  evidenceFile: null,
};

/** Builds the API's evidence list: the file, else the link, else nothing. */
export function evidenceInputs(details: AwardDetails): EvidenceInput[] {
  const name = details.evidenceName.trim() || null;
  if (details.evidenceFile !== null) {
    return [{ fileId: details.evidenceFile.id, name }];
  }
  const url = details.evidenceUrl.trim();

  return url === '' ? [] : [{ url, name }];
}

/** Splits pasted addresses on commas, semicolons, spaces and new lines. */
export function parseEmails(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    const email = part.trim().toLowerCase();
    if (email !== '') seen.add(email);
  }

  return [...seen];
}

/** Makes a fresh key per award request, so that a retry never awards twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
