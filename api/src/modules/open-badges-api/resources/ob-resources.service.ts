import { Inject, Injectable } from '@nestjs/common';

import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { normaliseName } from '../../accounts/rules/display-name.js';
import { BadgeImportService } from '../../badge-imports/badge-import.service.js';
import {
  ImportedCredentialStatus,
  ImportSource,
} from '../../badge-imports/imported-credential.entity.js';
import { OB_API_BASE_PATH } from '../scopes.js';
import { checkCredentialShape } from './credential-shape.js';
import { ImsxError } from './imsx-error.js';
import {
  ObResourcesRepository,
  type ProfileRow,
} from './ob-resources.repository.js';
import { type PageRequest, pagingLinks } from './paging.js';

const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialsPage {
  body: { credential: unknown[]; compactJwsString: string[] };
  total: number;
  link: string;
}

/** getCredentials, upsertCredential, getProfile and putProfile. */
@Injectable()
export class ObResourcesService {
  constructor(
    private readonly repository: ObResourcesRepository,
    private readonly imports: BadgeImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async credentials(
    userId: string,
    page: PageRequest,
  ): Promise<CredentialsPage> {
    const total = await this.repository.countCredentials(userId, page.since);
    const rows = await this.repository.credentialPage(
      userId,
      page.since,
      page.limit,
      page.offset,
    );
    const body = {
      credential: [] as unknown[],
      compactJwsString: [] as string[],
    };
    for (const row of rows) {
      if (row.document !== null) body.credential.push(JSON.parse(row.document));
      if (row.jwt !== null) body.compactJwsString.push(row.jwt);
    }
    const base = `${this.config.publicUrl}${OB_API_BASE_PATH}/credentials`;

    return { body, total, link: pagingLinks(base, page, total) };
  }

  /**
   * Adds the credential to the learner's backpack through the import
   * feature, which verifies it. Returns whether it was new.
   */
  async upsert(userId: string, text: string): Promise<boolean> {
    checkCredentialShape(text);
    const { badge, created } = await this.imports.importBadge(userId, {
      source: ImportSource.API,
      text,
    });
    if (badge.status === ImportedCredentialStatus.UNVERIFIABLE) {
      throw new ImsxError(
        400,
        'invalid_data',
        `The credential could not be verified: ${badge.failureReason ?? 'no reason was given'}. It is kept in the learner's backpack, marked unverifiable.`,
      );
    }

    return created;
  }

  async profile(userId: string) {
    const row = await this.repository.findProfile(userId);
    if (row === null) {
      throw new ImsxError(404, 'not_found', 'The learner no longer exists.');
    }

    return this.toProfile(row);
  }

  /** Updates the name; the rest of the Profile is read-only here. */
  async updateProfile(userId: string, body: unknown) {
    const current = await this.profile(userId);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ImsxError(
        400,
        'invalid_data',
        'Send the Profile as a JSON object.',
      );
    }
    const profile = body as Record<string, unknown>;
    if (profile.id !== undefined && profile.id !== current.id) {
      throw new ImsxError(
        400,
        'invalid_data',
        `id must be ${current.id}, the id of this learner's Profile.`,
      );
    }
    if (profile.email !== undefined && profile.email !== current.email) {
      throw new ImsxError(
        400,
        'invalid_data',
        'email cannot be changed through this API; the learner changes it in Learnscape.',
      );
    }
    if (typeof profile.name !== 'string') {
      throw new ImsxError(
        400,
        'invalid_data',
        'name is missing; send the whole Profile with a name.',
      );
    }
    await this.repository.updateName(
      userId,
      normaliseName(profile.name, 'name'),
    );

    return this.profile(userId);
  }

  private toProfile(row: ProfileRow) {
    return {
      '@context': [OB_CONTEXT],
      type: ['Profile'],
      id: `urn:uuid:${row.id}`,
      name: row.name,
      email: row.email,
    };
  }
}
