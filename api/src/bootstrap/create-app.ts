import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';

import type { LoggerService } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';

import { AppModule } from '../app.module.js';
import { AppExceptionFilter } from '../common/errors/app-exception.filter.js';
import { requestContextMiddleware } from '../common/logging/request-context.js';
import type { AppConfig } from '../config/app-config.js';
import { isBadgePagePath } from '../modules/badge-pages/badge-page.controller.js';
import {
  registrationJsonParser,
  resourceJsonParser,
} from '../modules/open-badges-api/api-middleware.js';
import { isOpportunityPagePath } from '../modules/open-data/pages/opportunity-page.controller.js';
import { councilAreaBodyParser } from '../modules/organisations/council-areas/council-area-body.middleware.js';
import { verifyBodyParser } from '../modules/verification/verify-body.middleware.js';

/** Builds the HTTP app: GraphQL, health, and the web app when it is built. */
export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  logger: LoggerService,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, dataSource),
    { logger, bodyParser: false },
  );
  app.use(requestContextMiddleware);
  app.useGlobalFilters(
    new AppExceptionFilter(app.get(HttpAdapterHost).httpAdapter),
  );
  app.disable('x-powered-by');
  // Council boundaries run to megabytes, so their route reads its own body
  // before the app-wide 100 kB JSON parser reads it.
  app.use('/api/organisations/:id/area', councilAreaBodyParser);
  app.use('/api/verify', verifyBodyParser);
  // The Open Badges API reports unreadable JSON in its own error formats.
  app.use('/ims/ob/v3p0', resourceJsonParser);
  app.use('/api/oauth/register', registrationJsonParser);
  app.useBodyParser('json', { limit: '100kb' });
  serveWebApp(app, config.webDistDir, logger);
  await app.init();
  // Registered after the routes, so it handles only errors that Nest's own
  // exception filters did not, such as those of plain Express middleware.
  app.use(clientErrorHandler(logger));
  keepConnectionsOpen(app.getHttpServer() as Server);

  return app;
}

/**
 * Idle time, in milliseconds, before the server closes a kept-alive
 * connection. Node's default of 5 s races clients that reuse a connection
 * just as it closes, which fails their request with ECONNRESET; proxies
 * and load balancers commonly keep idle connections for 60 s, so the
 * server waits longer than they do.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Kept above the keep-alive timeout, so that the header timeout never
  // cuts an idle kept-alive connection first.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}

interface HttpError extends Error {
  status?: number;
  type?: string;
}

/** Responds to a failed request with a short JSON error and no stack trace. */
function clientErrorHandler(logger: LoggerService) {
  return (
    error: HttpError,
    _request: Request,
    response: Response,
    next: NextFunction,
  ) => {
    if (response.headersSent) return next(error);
    const status =
      error.status !== undefined && error.status >= 400 && error.status < 500
        ? error.status
        : 500;
    if (status === 500) logger.error(error, 'HTTP');
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : error.type === 'entity.too.large'
          ? 'The request body is larger than 100 kB.'
          : status === 500
            ? 'Internal server error.'
            : 'The request is malformed.';
    response.status(status).json({
      errors: [
        {
          message,
          extensions: {
            code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
          },
        },
      ],
    });
  };
}

function serveWebApp(
  app: NestExpressApplication,
  webDistDir: string,
  logger: LoggerService,
) {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn(
      `No web app at ${webDistDir}; serving only the API. Run npm run build -w web to build it.`,
      'WebApp',
    );

    return;
  }
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  // Every other GET for a page returns the app, which routes on the client.
  app.use((request: Request, response: Response, next: NextFunction) => {
    const reads = request.method === 'GET' || request.method === 'HEAD';
    if (!reads || !request.accepts('html')) return next();
    // A path with a file extension names a file, which is missing if the
    // static handler passed it on, so it gets a 404 rather than the page.
    if (
      request.path.startsWith('/graphql') ||
      request.path.startsWith('/health') ||
      request.path.startsWith('/api/') ||
      request.path.startsWith('/ob2/') ||
      // The Open Badges 3.0 API returns JSON even to browsers.
      request.path.startsWith('/ims/') ||
      // Badge pages carry link preview tags that their controller writes.
      isBadgePagePath(request.path) ||
      // Opportunity pages carry JSON-LD that their controller writes, and
      // the OpenActive feed returns JSON even to browsers.
      isOpportunityPagePath(request.path) ||
      request.path === '/openactive' ||
      request.path.startsWith('/openactive/') ||
      path.extname(request.path) !== ''
    ) {
      return next();
    }
    response.sendFile(indexFile);
  });
}
