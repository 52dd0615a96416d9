import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import {
  OrganisationInvitationModel,
  OrganisationMemberModel,
} from './dto/membership.model.js';
import { OrganisationModel } from './dto/organisation.model.js';
import { OrganisationFieldsService } from './organisation-fields.service.js';
import { OrganisationRole } from './organisation-member.entity.js';

/** Fields of an organisation that come from other tables, batched per request. */
@Resolver(() => OrganisationModel)
export class OrganisationFieldsResolver {
  constructor(private readonly fields: OrganisationFieldsService) {}

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description:
      'A council’s area as GeoJSON MultiPolygon text in WGS84; null for other kinds and councils without one.',
  })
  area(
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<string | null> {
    return this.fields.area(organisation, loaders);
  }

  @Public()
  @ResolveField(() => Boolean, {
    description:
      'Whether a platform administrator has verified the organisation. Councils review listings and approve providers only once verified.',
  })
  async verified(
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<boolean> {
    return (await this.fields.verifiedAt(organisation, loaders)) !== null;
  }

  @Public()
  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description: 'When the organisation was verified; null until then.',
  })
  verifiedAt(
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<Date | null> {
    return this.fields.verifiedAt(organisation, loaders);
  }

  @Public()
  @ResolveField(() => DateTimeScalar)
  createdAt(
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<Date> {
    return this.fields.createdAt(organisation, loaders);
  }

  @Public()
  @ResolveField(() => OrganisationRole, {
    nullable: true,
    description: 'The viewer’s role; null unless the viewer is a member.',
  })
  viewerRole(
    @OptionalViewer() viewer: Viewer | null,
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationRole | null> {
    return this.fields.viewerRole(viewer, organisation.id, loaders);
  }

  @SignedIn()
  @ResolveField(() => [OrganisationMemberModel], {
    description:
      'Owners first, then by name. Members of the organisation only.',
  })
  members(
    @CurrentViewer() viewer: Viewer,
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationMemberModel[]> {
    return this.fields.members(viewer, organisation, loaders);
  }

  @SignedIn()
  @ResolveField(() => [OrganisationInvitationModel], {
    description:
      'Pending invitations: not accepted, revoked or expired. Owners only.',
  })
  invitations(
    @CurrentViewer() viewer: Viewer,
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationInvitationModel[]> {
    return this.fields.invitationsOf(viewer, organisation, loaders);
  }

  @SignedIn()
  @ResolveField(() => [OrganisationModel], {
    description:
      'Providers this council approved; empty for other kinds. Members of the council only.',
  })
  approvedProviders(
    @CurrentViewer() viewer: Viewer,
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel[]> {
    return this.fields.approvedProviders(viewer, organisation, loaders);
  }

  @Public()
  @ResolveField(() => [OrganisationModel], {
    description:
      'Verified councils that approved this provider; empty for other kinds.',
  })
  approvingCouncils(
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel[]> {
    return this.fields.approvingCouncils(organisation, loaders);
  }
}
