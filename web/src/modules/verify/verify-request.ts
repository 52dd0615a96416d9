import type { VerificationResult } from './verification-types';

/** REST route that verifies a raw badge file or credential text. */
export const VERIFY_ENDPOINT = '/api/verify';

/** Why a verification request got no result, for the page to word. */
export type VerifyFailure =
  | { kind: 'too-large' }
  | { kind: 'unsupported-type' }
  | { kind: 'network' }
  | { kind: 'rejected'; message: string }
  | { kind: 'server'; status: number };

export class VerifyRequestError extends Error {
  constructor(readonly failure: VerifyFailure) {
    super(`Verification request failed: ${failure.kind}`);
    this.name = 'VerifyRequestError';
  }
}

async function firstErrorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as {
      errors?: { message?: string }[];
      message?: string;
    };

    return body.errors?.[0]?.message ?? body.message ?? '';
  } catch {
    return '';
  }
}

async function failureOf(response: Response): Promise<VerifyFailure> {
  if (response.status === 413) return { kind: 'too-large' };
  if (response.status === 415) return { kind: 'unsupported-type' };
  if (response.status >= 500) {
    return { kind: 'server', status: response.status };
  }

  return { kind: 'rejected', message: await firstErrorMessage(response) };
}

/**
 * Sends a badge file's bytes to `POST /api/verify` with its content type,
 * such as `image/png`, and returns the verification result. Rejects with a
 * `VerifyRequestError` when the server returns no result.
 */
export async function verifyFile(
  body: Blob,
  contentType: string,
  recipientEmail: string | null,
): Promise<VerificationResult> {
  const query =
    recipientEmail === null
      ? ''
      : `?recipientEmail=${encodeURIComponent(recipientEmail)}`;
  let response: Response;
  try {
    response = await fetch(`${VERIFY_ENDPOINT}${query}`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Accept: 'application/json' },
      body,
    });
  } catch {
    throw new VerifyRequestError({ kind: 'network' });
  }
  if (!response.ok) throw new VerifyRequestError(await failureOf(response));

  try {
    return (await response.json()) as VerificationResult;
  } catch {
    throw new VerifyRequestError({ kind: 'server', status: response.status });
  }
}
