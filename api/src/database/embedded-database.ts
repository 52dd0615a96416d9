import { mkdir } from 'node:fs/promises';

import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite (WASM PostgreSQL with PostGIS) in this process, served on a loopback
 * port so that TypeORM and `pg` talk to it exactly as to a real server.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly database: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  /** Opens (or creates) the database in `dataDir`, or in memory for `memory://`. */
  static async start(dataDir: string): Promise<EmbeddedDatabase> {
    if (!dataDir.startsWith('memory://')) {
      await mkdir(dataDir, { recursive: true });
    }
    const database = await PGlite.create(dataDir, { extensions: { postgis } });
    // The socket serves one connection at a time, so the pool must be one.
    const server = new PGLiteSocketServer({
      db: database,
      host: '127.0.0.1',
      port: 0,
      maxConnections: 1,
    });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;

    return new EmbeddedDatabase(database, server, url);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.database.close();
  }
}
