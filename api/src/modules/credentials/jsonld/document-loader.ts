import { SHIPPED_CONTEXTS } from './contexts.js';

/** Result a JSON-LD document loader returns for a URL. */
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/**
 * Finds documents that are not contexts: DID documents, verification
 * methods and status list credentials. Returns null for an unknown URL.
 */
export type DocumentSource = (url: string) => Promise<unknown>;

/** Raised for a URL that neither the shipped contexts nor a source has. */
export class DocumentNotFoundError extends Error {
  constructor(readonly url: string) {
    super(`Document ${url} is not available offline; it was not fetched.`);
  }
}

/**
 * Builds a document loader that serves the shipped contexts and queries each
 * source in turn for anything else. It never fetches from the network, so
 * a credential naming an unknown context or key fails instead of making
 * the server call an address the credential chose.
 */
export function createDocumentLoader(
  sources: DocumentSource[] = [],
): DocumentLoader {
  return async (url: string) => {
    const context = SHIPPED_CONTEXTS.get(url);
    if (context !== undefined) {
      return { contextUrl: null, documentUrl: url, document: context };
    }
    for (const source of sources) {
      const document = await source(url);
      if (document !== null && document !== undefined) {
        return { contextUrl: null, documentUrl: url, document };
      }
    }
    throw new DocumentNotFoundError(url);
  };
}
