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
    // PGlite runs one query at a time, so each client keeps a pool of one.
    // The server frees a slot only when the old socket's close event fires,
    // which can come after a client has already opened its next connection.
    // Spare slots keep that reconnect from failing with "Too many connections".
    const server = new PGLiteSocketServer({
      db: database,
      host: '127.0.0.1',
      port: 0,
      maxConnections: 4,
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
