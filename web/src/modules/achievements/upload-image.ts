import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
  NetworkError,
} from '@/lib/graphql/client';

/** Response body of the API for a stored file. */
export interface UploadedFile {
  id: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  name: string;
  url: string;
}

/** The types a badge image may have; the API reads them from the content. */
export const BADGE_IMAGE_TYPES = ['image/png', 'image/svg+xml'];

export function imageUploadUrl(organisationId: string): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}/files?purpose=achievement_image`;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function failureOf(request: XMLHttpRequest, url: string): Error {
  const body = parseBody(request.responseText);
  const errors = (body as { errors?: GraphQLErrorEntry[] } | null)?.errors;
  if (errors !== undefined && errors.length > 0) {
    return new GraphQLRequestError(errors, request.status);
  }

  return new NetworkError(
    `${url} returned HTTP ${request.status}.`,
    request.status,
  );
}

/**
 * Uploads a badge image as `multipart/form-data` with XMLHttpRequest,
 * because fetch reports no upload progress. `onProgress` receives the share
 * sent, 0 to 1. Failures raise the errors GraphQL requests raise, since the
 * API responds with the same `{errors: [...]}` body.
 */
export function uploadBadgeImage(
  organisationId: string,
  file: File,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  const url = imageUploadUrl(organisationId);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.append('file', file, file.name);
    request.open('POST', url);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onload = () => {
      const reply = parseBody(request.responseText) as UploadedFile | null;
      if (request.status >= 200 && request.status < 300 && reply !== null) {
        onProgress(1);
        resolve(reply);
      } else {
        reject(failureOf(request, url));
      }
    };
    request.onerror = () =>
      reject(new NetworkError(`${url} could not be reached.`));
    request.onabort = () =>
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}
