import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { OrganisationModel } from '../organisations/dto/organisation.model.js';
import type { InsightPeriod } from './dto/insights.args.js';
import {
  BY_PLACE_SQL,
  BY_SDG_SQL,
  BY_SKILL_SQL,
  OVER_TIME_SQL,
  TOTALS_SQL,
} from './insights-activity-sql.js';
import type { InsightWindow } from './insights-parameters.js';
import { queryWithTimeout } from './insights-query.js';

/** The council and window that every figure is computed for. */
export interface InsightScope extends InsightWindow {
  councilId: string;
}

/** People and listing counts of one group, before suppression. */
export interface ActivityCounts {
  opportunities: number;
  registrations: number;
  attendances: number;
  badgesIssued: number;
}

export interface ActivityRow extends ActivityCounts {
  key: string;
  label: string;
}

export interface TimeRow extends ActivityCounts {
  periodStart: string;
}

export type CouncilRow = OrganisationModel & {
  verifiedAt: Date | null;
  hasArea: boolean;
};

/** SQL of the activity figures of a council area. */
@Injectable()
export class InsightsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOrganisation(id: string): Promise<CouncilRow | null> {
    const rows: CouncilRow[] = await this.dataSource.query(
      `SELECT id, name, slug, kind, description, website,
              verified_at AS "verifiedAt", created_at AS "createdAt",
              area IS NOT NULL AS "hasArea"
         FROM organisations WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async totals(scope: InsightScope): Promise<ActivityRow> {
    const [row] = await this.activity(TOTALS_SQL, scope);

    return row!;
  }

  bySdg(scope: InsightScope): Promise<ActivityRow[]> {
    return this.activity(BY_SDG_SQL, scope);
  }

  bySkill(scope: InsightScope): Promise<ActivityRow[]> {
    return this.activity(BY_SKILL_SQL, scope);
  }

  byPlace(scope: InsightScope): Promise<ActivityRow[]> {
    return this.activity(BY_PLACE_SQL, scope);
  }

  overTime(scope: InsightScope, period: InsightPeriod): Promise<TimeRow[]> {
    return this.timed(OVER_TIME_SQL, [
      scope.councilId,
      scope.from,
      scope.to,
      period,
      `1 ${period}`,
    ]);
  }

  private activity(sql: string, scope: InsightScope): Promise<ActivityRow[]> {
    return this.timed(sql, [scope.councilId, scope.from, scope.to]);
  }

  private timed<Row>(sql: string, parameters: unknown[]): Promise<Row[]> {
    return queryWithTimeout<Row>(this.dataSource, {
      sql,
      parameters,
      field: 'from',
      advice: 'a shorter window between from and to',
    });
  }
}
