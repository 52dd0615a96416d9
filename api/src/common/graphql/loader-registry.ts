import DataLoader from 'dataloader';
import type { Request, Response } from 'express';

/** The batch functions' shared shape: a map from each found key to its value. */
export type BatchLoad<Key, Value> = (
  keys: readonly Key[],
) => Promise<Map<Key, Value>>;

/**
 * Per-request DataLoaders, created on first use under a name, so that every
 * field resolved for the same kind of parent makes one query per request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  load<Key, Value>(
    name: string,
    batch: BatchLoad<Key, Value>,
    key: Key,
    missing: Value,
  ): Promise<Value> {
    let loader = this.loaders.get(name) as DataLoader<Key, Value> | undefined;
    if (loader === undefined) {
      loader = new DataLoader<Key, Value>(async (keys) => {
        const found = await batch(keys);

        return keys.map((each) => found.get(each) ?? missing);
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }

    return loader.load(key);
  }
}

/** The GraphQL context of one request. */
export interface RequestContext {
  loaders: LoaderRegistry;
  req: Request;
  res: Response;
}
