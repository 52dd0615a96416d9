import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { openDatabase } from '../bootstrap/database.js';
import { PinoLoggerService } from '../common/logging/pino-logger.service.js';
import { loadConfig } from '../config/app-config.js';
import {
  createAdministrator,
  promoteAdministrator,
} from '../modules/accounts/admin/administrators.js';

const USAGE = `Usage: npm run admin -w api -- create --email ADDRESS --name NAME --birth-year YYYY
       npm run admin -w api -- create --promote --email ADDRESS

Creates a platform administrator in the database the app uses (DATABASE_URL,
or the embedded one), or with --promote makes an existing account one.
Build the API first (npm run build -w api).
  --email ADDRESS    the administrator's e-mail address, which counts as verified
  --name NAME        their name, up to 100 characters
  --birth-year YYYY  their birth year; they must turn 16 or older this year
  --promote          promote the existing account with --email instead
The password comes from the ADMIN_PASSWORD environment variable or, at a
terminal, from a prompt that does not show it. It follows the sign-up rules:
10 to 256 characters, not a common password, not the e-mail address.`;

interface AdminCommand {
  email: string;
  promote: boolean;
  name?: string;
  birthYear?: number;
}

function parseCommand(argv: string[]): AdminCommand | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'birth-year': { type: 'string' },
      promote: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  if (positionals.length !== 1 || positionals[0] !== 'create') {
    throw new Error(`Expected the command "create".\n\n${USAGE}`);
  }
  if (values.email === undefined) {
    throw new Error(`--email is missing.\n\n${USAGE}`);
  }
  if (values.promote) return { email: values.email, promote: true };
  if (values.name === undefined || values['birth-year'] === undefined) {
    throw new Error(`--name and --birth-year are required.\n\n${USAGE}`);
  }
  const birthYear = Number(values['birth-year']);
  if (!/^\d{4}$/.test(values['birth-year'])) {
    throw new Error(
      `--birth-year is "${values['birth-year']}"; expected a four-digit year such as 1990.`,
    );
  }

  return { email: values.email, promote: false, name: values.name, birthYear };
}

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  const input = process.stdin;

  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = () => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') {
          finish();
          resolve(typed.join(''));

          return;
        }
        if (character === '\u0003' || character === '\u0004') {
          finish();
          reject(new Error('Cancelled; no account was changed.'));

          return;
        }
        typed =
          character === '\u007f' || character === '\b'
            ? typed.slice(0, -1)
            : [...typed, character];
      }
    };
    process.stdout.write(prompt);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.ADMIN_PASSWORD;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return fromEnvironment;
  }
  if (!process.stdin.isTTY) {
    throw new Error(
      'ADMIN_PASSWORD is not set and there is no terminal to ask for the password; set ADMIN_PASSWORD.',
    );
  }
  const password = await readHidden('Password for the administrator: ');
  const repeated = await readHidden('Repeat the password: ');
  if (password !== repeated) {
    throw new Error('The two passwords differ; no account was created.');
  }

  return password;
}

async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  if (command === null) {
    console.log(USAGE);

    return;
  }
  const password = command.promote ? '' : await readPassword();
  const config = loadConfig();
  const logger = new PinoLoggerService(
    config.logLevel === 'debug' ? 'info' : config.logLevel,
  );
  const database = await openDatabase({ ...config, seedDemo: false }, logger);
  try {
    if (command.promote) {
      const user = await promoteAdministrator(
        database.dataSource,
        command.email,
      );
      console.log(`Made ${user.email} (account ${user.id}) an administrator.`);

      return;
    }
    const user = await createAdministrator(database.dataSource, {
      email: command.email,
      name: command.name!,
      birthYear: command.birthYear!,
      password,
    });
    console.log(
      `Created the administrator ${user.email} (account ${user.id}); sign in with the password given.`,
    );
  } finally {
    await database.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
