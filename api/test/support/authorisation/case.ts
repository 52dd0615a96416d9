import type { Actor, ActorName, TargetKind, World } from './world.js';

/** One attempt at a mutation, on records made for that attempt only. */
export interface Attempt {
  variables: Record<string, unknown>;
  /**
   * A `Cookie` header to send in place of the actor's own, such as a
   * stand-in's; ignored for anonymous.
   */
  cookie?: string;
  /**
   * Reads the records the mutation would change. A refused attempt must
   * leave the result equal to what it was before the request.
   */
  readState?: () => Promise<unknown>;
}

/** A row of the authorisation matrix. */
export interface MutationCase {
  /** The mutation's field name in the schema. */
  mutation: string;
  /** A GraphQL document with exactly that one mutation. */
  document: string;
  target: TargetKind;
  /**
   * The actors that may call it; every other actor gets UNAUTHENTICATED
   * (anonymous) or FORBIDDEN.
   */
  allowed: readonly ActorName[];
  /**
   * True for mutations open to anonymous callers, such as signIn. Their
   * rows check that no actor gets UNAUTHENTICATED or FORBIDDEN.
   */
  public?: boolean;
  prepare(world: World, actor: Actor): Promise<Attempt>;
}

/** Runs an SQL statement and returns its rows. */
export function rows(
  world: World,
  sql: string,
  parameters: unknown[],
): Promise<Record<string, unknown>[]> {
  return world.api.dataSource.query(sql, parameters);
}
