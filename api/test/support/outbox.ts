import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { OutboxMessage } from '../../src/modules/mail/mailer.service.js';

/** Every message in the outbox folder, oldest first. */
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

/** The last message sent to `to`; fails the test when there is none. */
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

/** The token in the first link of the message that carries `?token=`. */
export function tokenIn(message: OutboxMessage): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(message.text);
  if (match === null) {
    throw new Error(`"${message.subject}" contains no link with a token.`);
  }

  return match[1]!;
}
