import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { OutboxMessage } from '../../src/modules/mail/mailer.service.js';

/** Reads every message in the outbox folder, oldest first. */
export async function readOutbox(outboxDir: string): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = (await readdir(outboxDir)).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  names.sort();

  return Promise.all(
    names.map(
      async (name) =>
        JSON.parse(
          await readFile(path.join(outboxDir, name), 'utf8'),
        ) as OutboxMessage,
    ),
  );
}

/**
 * Returns the last message sent to `to`. Throws when there is none, so the
 * test fails.
 */
export async function lastMessageTo(
  outboxDir: string,
  to: string,
): Promise<OutboxMessage> {
  const message = (await readOutbox(outboxDir))
    .filter((each) => each.to === to)
    .at(-1);
  if (message === undefined) throw new Error(`No e-mail was sent to ${to}.`);

  return message;
}

/** Extracts the token from the message's first link with `?token=`. */
export function tokenIn(message: OutboxMessage): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(message.text);
  if (match === null) {
    throw new Error(`"${message.subject}" contains no link with a token.`);
  }

  return match[1]!;
}
