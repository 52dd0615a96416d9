import type { ApolloServerPlugin } from '@apollo/server';
import type { LoggerService } from '@nestjs/common';

/**
 * Logs each GraphQL operation at debug level with its name, duration and
 * error count. Variables are never logged: they can hold a learner's
 * position.
 */
export function requestLoggingPlugin(
  logger: LoggerService,
): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();

      return {
        async willSendResponse({ errors }) {
          const name = request.operationName ?? 'anonymous operation';
          const milliseconds = (performance.now() - started).toFixed(1);
          logger.debug?.(
            `GraphQL ${name} took ${milliseconds} ms with ${errors?.length ?? 0} errors`,
            'GraphQL',
          );
        },
      };
    },
  };
}
