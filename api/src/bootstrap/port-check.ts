import { createServer } from 'node:net';

import { StartupError } from './startup-error.js';

/**
 * Fails fast when the HTTP port is taken, before the slow database steps.
 * The app listens later, so another program could still take the port in
 * between; `listen` reports that case with the same advice.
 */
export async function assertPortFree(port: number, host: string) {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          `listen on port ${port}`,
          error.code === 'EADDRINUSE'
            ? `Another program uses port ${port}; stop it or set PORT to a free port.`
            : 'Check HOST and PORT.',
          error,
        ),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
