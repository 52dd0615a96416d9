import type { LoggerService, LogLevel } from '@nestjs/common';
import { type Logger as Pino, pino } from 'pino';
import pretty from 'pino-pretty';

import { currentRequestId } from './request-context.js';

const NEST_TO_PINO: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Nest's logger interface backed by pino, with the request id on every line. */
export class PinoLoggerService implements LoggerService {
  readonly pino: Pino;

  /** `pretty` prints readable lines for a terminal instead of JSON lines. */
  constructor(level: string, { pretty: readable = false } = {}) {
    const options: pino.LoggerOptions = {
      level,
      base: undefined,
      mixin: () => {
        const requestId = currentRequestId();

        return requestId === undefined ? {} : { requestId };
      },
    };
    // Synchronous, so that a fatal line is written before process.exit.
    this.pino = readable
      ? pino(options, pretty({ sync: true, ignore: 'pid,hostname' }))
      : pino(options);
  }

  log(message: unknown, ...context: unknown[]): void {
    this.write('log', message, context);
  }

  error(message: unknown, ...context: unknown[]): void {
    this.write('error', message, context);
  }

  warn(message: unknown, ...context: unknown[]): void {
    this.write('warn', message, context);
  }

  debug(message: unknown, ...context: unknown[]): void {
    this.write('debug', message, context);
  }

  verbose(message: unknown, ...context: unknown[]): void {
    this.write('verbose', message, context);
  }

  fatal(message: unknown, ...context: unknown[]): void {
    this.write('fatal', message, context);
  }

  private write(level: LogLevel, message: unknown, context: unknown[]) {
    // Nest passes the logger's context (a class name) as the last argument.
    const last = context.at(-1);
    const name = typeof last === 'string' ? last : undefined;
    const fields: Record<string, unknown> = name ? { context: name } : {};
    if (message instanceof Error) {
      this.pino[NEST_TO_PINO[level]](
        { ...fields, err: message },
        message.message,
      );

      return;
    }
    const stack =
      level === 'error' ? context.find((part) => part !== last) : undefined;
    if (typeof stack === 'string') fields.stack = stack;
    this.pino[NEST_TO_PINO[level]](fields, String(message));
  }
}
