import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Public, SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import type { RequestContext } from '../../../common/graphql/loader-registry.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import {
  CredentialObject,
  toCredentialObject,
} from '../../awards/dto/credential.type.js';
import {
  ImportedBadgeObject,
  toImportedBadgeObject,
} from '../../badge-imports/dto/imported-badge.type.js';
import { BackpackItemsRepository } from '../backpack-items.repository.js';
import {
  BackpackIssuerObject,
  BackpackItemConnection,
  BackpackItemKind,
  BackpackItemObject,
  MyBackpackArgs,
} from './backpack-item.type.js';
import { BackpackListService } from './backpack-list.service.js';

/**
 * The backpack list and the full objects behind its items. The items were
 * checked for ownership by the query that returned them, so the fields
 * only load the rows, batched per request.
 */
@Resolver(() => BackpackItemObject)
export class BackpackListResolver {
  constructor(
    private readonly list: BackpackListService,
    private readonly repository: BackpackItemsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignedIn()
  @Query(() => BackpackItemConnection, {
    description:
      "The viewer's badges: issued here to the account or a verified address, and imported ones. Sorted newest first unless `sort` says otherwise.",
  })
  myBackpack(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyBackpackArgs,
  ): Promise<BackpackItemConnection> {
    return this.list.list(viewer, args);
  }

  @SignedIn()
  @Query(() => [BackpackIssuerObject], {
    description: "The issuers of the viewer's badges, by name, for filters.",
  })
  myBackpackIssuers(
    @CurrentViewer() viewer: Viewer,
  ): Promise<BackpackIssuerObject[]> {
    return this.list.issuers(viewer);
  }

  @Public()
  @ResolveField(() => CredentialObject, { nullable: true })
  credential(
    @Parent() item: BackpackItemObject,
    @Context() { loaders }: RequestContext,
  ): Promise<CredentialObject | null> {
    if (item.kind !== BackpackItemKind.ISSUED) return Promise.resolve(null);

    return loaders.load(
      'backpackCredentialById',
      async (ids: readonly string[]) => {
        const rows = await this.repository.findCredentials(ids);

        return new Map(
          rows.map((row) => [
            row.id,
            toCredentialObject(row, this.config.publicUrl),
          ]),
        );
      },
      item.id,
      null,
    );
  }

  @Public()
  @ResolveField(() => ImportedBadgeObject, { nullable: true })
  importedBadge(
    @Parent() item: BackpackItemObject,
    @Context() { loaders }: RequestContext,
  ): Promise<ImportedBadgeObject | null> {
    if (item.kind !== BackpackItemKind.IMPORTED) return Promise.resolve(null);

    return loaders.load(
      'backpackImportedById',
      async (ids: readonly string[]) => {
        const rows = await this.repository.findImported(ids);

        return new Map(
          rows.map((row) => [
            row.id,
            toImportedBadgeObject(row, this.config.publicUrl),
          ]),
        );
      },
      item.id,
      null,
    );
  }
}
