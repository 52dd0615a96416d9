import { Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { SdgModel } from './dto/sdg.model.js';
import { SkillModel } from './dto/skill.model.js';
import { ReferenceDataRepository } from './reference-data.repository.js';

@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly repository: ReferenceDataRepository) {}

  @Public()
  @Query(() => [SdgModel], { description: 'The 17 SDGs in number order.' })
  sdgs(): Promise<SdgModel[]> {
    return this.repository.findSdgs();
  }

  @Public()
  @Query(() => [SkillModel], {
    description: 'The 16 WEF skills in framework order.',
  })
  skills(): Promise<SkillModel[]> {
    return this.repository.findSkills();
  }
}
