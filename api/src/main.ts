import 'reflect-metadata';

import { createApp } from './bootstrap/create-app.js';
import { openDatabase } from './bootstrap/database.js';
import { assertPortFree } from './bootstrap/port-check.js';
import { StartupError } from './bootstrap/startup-error.js';
import { PinoLoggerService } from './common/logging/pino-logger.service.js';
import {
  type AppConfig,
  ConfigError,
  loadConfig,
} from './config/app-config.js';

const CONTEXT = 'Startup';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    new PinoLoggerService('info').fatal(
      `Invalid setting: ${error.message}`,
      CONTEXT,
    );
    process.exit(1);
  }
  const logger = new PinoLoggerService(config.logLevel, {
    pretty: config.logFormat === 'pretty',
  });
  logger.log(
    config.databaseUrl === null
      ? 'Using the embedded database (DATABASE_URL is not set)'
      : 'Using the database at DATABASE_URL',
    CONTEXT,
  );

  try {
    await assertPortFree(config.port, config.host);
    const database = await openDatabase(config, logger);
    const app = await createApp(config, database.dataSource, logger);
    app.enableShutdownHooks();
    await listen(app, config);
    const shutdown = async () => {
      logger.log('Shutting down', CONTEXT);
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    const url = await app.getUrl();
    logger.log(
      `Learnscape is ready at ${url.replace('[::1]', 'localhost')}/`,
      CONTEXT,
    );
  } catch (error) {
    if (error instanceof StartupError) {
      logger.fatal(
        `${error.message.replace(/\.$/, '')}. ${error.hint}`,
        CONTEXT,
      );
    } else {
      logger.fatal(error instanceof Error ? error : String(error), CONTEXT);
    }
    process.exit(1);
  }
}

async function listen(
  app: Awaited<ReturnType<typeof createApp>>,
  config: AppConfig,
): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw new StartupError(
      `listen on port ${config.port}`,
      inUse
        ? `Another program uses port ${config.port}; stop it or set PORT to a free port.`
        : 'Check HOST and PORT.',
      error,
    );
  }
}

await main();
