import { createServer, type Server } from 'node:net';

import { assertPortFree } from './port-check.js';
import { StartupError } from './startup-error.js';

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        port: typeof address === 'object' && address ? address.port : 0,
      });
    });
  });
}

describe('assertPortFree', () => {
  it('passes for a free port', async () => {
    const { server, port } = await listen();
    await new Promise((resolve) => server.close(resolve));
    await expect(assertPortFree(port, '127.0.0.1')).resolves.toBeUndefined();
  });

  it('names a port in use and what to do', async () => {
    const { server, port } = await listen();
    try {
      const check = assertPortFree(port, '127.0.0.1');
      await expect(check).rejects.toThrow(StartupError);
      await expect(check).rejects.toMatchObject({
        hint: `Another program uses port ${port}; stop it or set PORT to a free port.`,
      });
    } finally {
      server.close();
    }
  });
});
