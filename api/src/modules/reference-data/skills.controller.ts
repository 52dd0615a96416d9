import { Controller, Get, Param } from '@nestjs/common';

import { Public } from '../../common/auth/access.decorators.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { WEF_FRAMEWORK } from '../credentials/documents/alignments.js';
import { ReferenceDataRepository } from './reference-data.repository.js';

/**
 * Serves each WEF skill at a stable URL, the `targetUrl` of badge
 * alignments, because the WEF publishes no page per skill.
 */
@Public()
@Controller('api/skills')
export class SkillsController {
  constructor(private readonly referenceData: ReferenceDataRepository) {}

  @Get(':id')
  async skill(@Param('id') id: string) {
    const skill = await this.referenceData.findSkill(id);
    if (skill === null) {
      throw new NotFoundError(
        `Skill "${id}" does not exist; skill ids are slugs such as critical-thinking.`,
      );
    }

    return { ...skill, framework: WEF_FRAMEWORK };
  }
}
