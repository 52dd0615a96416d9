import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { groupBy } from '../../common/collections/group-by.js';
import type { SdgModel } from './dto/sdg.model.js';
import type { SkillModel } from './dto/skill.model.js';
import type { SkillGroup } from './skill.entity.js';

interface SdgRow {
  number: number;
  short_title: string;
  title: string;
  colour: string;
}

interface SkillRow {
  id: string;
  name: string;
  group: SkillGroup;
  position: number;
}

/** SQL for the SDG and skill tables and their links to opportunities. */
@Injectable()
export class ReferenceDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findSdgs(): Promise<SdgModel[]> {
    const rows: SdgRow[] = await this.dataSource.query(
      'SELECT number, short_title, title, colour FROM sdgs ORDER BY number',
    );

    return rows.map(toSdg);
  }

  async findSkills(): Promise<SkillModel[]> {
    const rows: SkillRow[] = await this.dataSource.query(
      'SELECT id, name, "group", position FROM skills ORDER BY position',
    );

    return rows;
  }

  async findSkill(id: string): Promise<SkillModel | null> {
    const rows: SkillRow[] = await this.dataSource.query(
      'SELECT id, name, "group", position FROM skills WHERE id = $1',
      [id],
    );

    return rows[0] ?? null;
  }

  async findSdgsByOpportunityIds(
    ids: readonly string[],
  ): Promise<Map<string, SdgModel[]>> {
    const rows: (SdgRow & { opportunity_id: string })[] =
      await this.dataSource.query(
        `SELECT l.opportunity_id, s.number, s.short_title, s.title, s.colour
           FROM opportunity_sdgs l JOIN sdgs s ON s.number = l.sdg_number
          WHERE l.opportunity_id = ANY($1::uuid[])
          ORDER BY s.number`,
        [ids],
      );

    return groupBy(rows, (row) => row.opportunity_id, toSdg);
  }

  async findSkillsByOpportunityIds(
    ids: readonly string[],
  ): Promise<Map<string, SkillModel[]>> {
    const rows: (SkillRow & { opportunity_id: string })[] =
      await this.dataSource.query(
        `SELECT l.opportunity_id, s.id, s.name, s."group", s.position
           FROM opportunity_skills l JOIN skills s ON s.id = l.skill_id
          WHERE l.opportunity_id = ANY($1::uuid[])
          ORDER BY s.position`,
        [ids],
      );

    return groupBy(
      rows,
      (row) => row.opportunity_id,
      (row) => ({
        id: row.id,
        name: row.name,
        group: row.group,
        position: row.position,
      }),
    );
  }
}

function toSdg(row: SdgRow): SdgModel {
  return {
    number: row.number,
    shortTitle: row.short_title,
    title: row.title,
    colour: row.colour,
  };
}
