import { Injectable } from '@nestjs/common';

import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import type { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import type { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { PathwayModel } from '../pathways/dto/pathway.model.js';
import { PathwaysRepository } from '../pathways/pathways.repository.js';
import type { SkillModel } from '../reference-data/dto/skill.model.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';

const ALL = 'all';

/** Per-request batched loads of the records that needs and matches name. */
@Injectable()
export class NeedLoaders {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly opportunities: OpportunitiesRepository,
    private readonly pathways: PathwaysRepository,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async organisation(
    id: string,
    loaders: LoaderRegistry,
  ): Promise<OrganisationModel> {
    const found = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      id,
      null,
    );
    if (found === null) throw new Error(`Organisation ${id} is missing`);

    return found;
  }

  /** Returns the skills with these ids, in framework order. */
  async skills(
    skillIds: readonly string[],
    loaders: LoaderRegistry,
  ): Promise<SkillModel[]> {
    const all = await loaders.load(
      'employerNeeds.allSkills',
      async () => new Map([[ALL, await this.referenceData.findSkills()]]),
      ALL,
      [],
    );

    return all.filter((skill) => skillIds.includes(skill.id));
  }

  opportunity(
    id: string,
    loaders: LoaderRegistry,
  ): Promise<OpportunityModel | null> {
    return loaders.load(
      'employerNeeds.opportunityById',
      (ids: readonly string[]) => this.opportunities.findByIds(ids),
      id,
      null,
    );
  }

  pathway(id: string, loaders: LoaderRegistry): Promise<PathwayModel | null> {
    return loaders.load(
      'employerNeeds.pathwayById',
      (ids: readonly string[]) => this.pathways.findByIds(ids),
      id,
      null,
    );
  }
}
