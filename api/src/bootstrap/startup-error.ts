/** A start-up step that failed, with what the operator can do about it. */
export class StartupError extends Error {
  constructor(
    readonly step: string,
    readonly hint: string,
    cause: unknown,
  ) {
    super(
      `Could not ${step}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'StartupError';
  }
}
