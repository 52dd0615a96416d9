import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
  NetworkError,
} from '@/lib/graphql/client';

export interface UploadedFile {
  id: string;
  name: string;
  url: string;
}

/**
 * Uploads an evidence file for the organisation as multipart form data.
 * XMLHttpRequest, unlike fetch, reports upload progress. A rejected file
 * fails with the API's message, such as a size or type it does not accept.
 */
export function uploadEvidence(
  organisationId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(
      'POST',
      `/api/organisations/${encodeURIComponent(organisationId)}/files?purpose=evidence`,
    );
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new NetworkError('The upload failed.'));
    request.onload = () => {
      const body = request.response as
        (UploadedFile & { errors?: GraphQLErrorEntry[] }) | null;
      if (request.status >= 200 && request.status < 300 && body !== null) {
        resolve({ id: body.id, name: body.name, url: body.url });
      } else if (body?.errors !== undefined) {
        reject(new GraphQLRequestError(body.errors, request.status));
      } else {
        reject(new NetworkError('The upload failed.', request.status));
      }
    };
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
