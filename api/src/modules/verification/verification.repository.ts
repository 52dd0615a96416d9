import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** SQL of the verification module: it reads organisations only. */
@Injectable()
export class VerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The name of organisation `id`, or null when there is none. */
  async organisationName(id: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM organisations WHERE id = $1',
      [id],
    );

    return row?.name ?? null;
  }
}
