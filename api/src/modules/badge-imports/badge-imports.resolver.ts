import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  ImportBadgeResult,
  ImportBadgeTextInput,
  ImportBadgeUrlInput,
  ImportedBadgeConnection,
  MyImportedBadgesArgs,
  ShareImportedBadgeInput,
} from './dto/badge-import.inputs.js';
import { ImportedBadgeObject } from './dto/imported-badge.type.js';
import { SharedImportedBadgeObject } from './dto/shared-imported-badge.type.js';
import { ImportedBadgesService } from './imported-badges.service.js';

/** Badges learners bring from other platforms. Files arrive by POST /api/imported-badges. */
@Resolver(() => ImportedBadgeObject)
export class BadgeImportsResolver {
  constructor(private readonly imports: ImportedBadgesService) {}

  @SignedIn()
  @Query(() => ImportedBadgeConnection, {
    description: "The viewer's imported badges, newest first.",
  })
  myImportedBadges(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyImportedBadgesArgs,
  ): Promise<ImportedBadgeConnection> {
    return this.imports.mine(viewer, args);
  }

  @SignedIn()
  @Query(() => ImportedBadgeObject, {
    description:
      "One of the viewer's imported badges; NOT_FOUND for anyone else's.",
  })
  importedBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportedBadgeObject> {
    return this.imports.find(viewer, id);
  }

  @Public()
  @Query(() => SharedImportedBadgeObject, {
    description:
      'An imported badge while its owner shares it; works signed out. NOT_FOUND when the id is unknown or the badge is not shared.',
  })
  sharedImportedBadge(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SharedImportedBadgeObject> {
    return this.imports.findShared(id);
  }

  @SignedIn()
  @Mutation(() => ImportBadgeResult, {
    description:
      'Verifies and adds a pasted badge (Open Badges 3.0 JSON or VC-JWT, Open Badges 2.0 JSON or JWS). A badge that fails verification is kept with its reason.',
  })
  importBadgeText(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ImportBadgeTextInput,
  ): Promise<ImportBadgeResult> {
    return this.imports.importText(viewer, input.text);
  }

  @SignedIn()
  @Mutation(() => ImportBadgeResult, {
    description:
      'Fetches, verifies and adds an Open Badges 2.0 hosted assertion.',
  })
  importBadgeUrl(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ImportBadgeUrlInput,
  ): Promise<ImportBadgeResult> {
    return this.imports.importUrl(viewer, input.url);
  }

  @SignedIn()
  @Mutation(() => ImportedBadgeObject, {
    description: "Verifies one of the viewer's imported badges again.",
  })
  reverifyImportedBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportedBadgeObject> {
    return this.imports.reverify(viewer, id);
  }

  @SignedIn()
  @Mutation(() => ImportedBadgeObject, {
    description:
      "Shows one of the viewer's imported badges publicly, or hides it again.",
  })
  shareImportedBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ShareImportedBadgeInput,
  ): Promise<ImportedBadgeObject> {
    return this.imports.share(viewer, input.id, input.shared);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      "Removes one of the viewer's imported badges from the backpack.",
  })
  deleteImportedBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.imports.delete(viewer, id);
  }
}
