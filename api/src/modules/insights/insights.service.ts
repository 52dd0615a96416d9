import { Injectable } from '@nestjs/common';

import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import {
  type DensityGridArgs,
  GridShape,
  type InsightOverTimeArgs,
  InsightPeriod,
  type SdgGapsArgs,
  type SkillGapsArgs,
} from './dto/insights.args.js';
import type {
  CouncilInsights,
  InsightFigure,
  InsightGridCell,
  InsightTimePoint,
  SdgGap,
  SkillGap,
} from './dto/insights.model.js';
import { MAX_GRID_CELLS, requireGridSize, tooManyCells } from './grid-size.js';
import { figureOf, figuresOf, timePointsOf } from './insight-figures.js';
import {
  type InsightScope,
  InsightsRepository,
} from './insights.repository.js';
import { InsightsMapRepository } from './insights-map.repository.js';
import {
  CELL_KM,
  FEW_THRESHOLD,
  GAP_DISTANCE_KM,
  requireInRange,
  requireWholeInRange,
} from './insights-parameters.js';

/**
 * Computes the figures of a council's insights. Access was checked when
 * the CouncilInsights object was made, so these only validate arguments.
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly activity: InsightsRepository,
    private readonly map: InsightsMapRepository,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async totals(insights: CouncilInsights): Promise<InsightFigure> {
    return figureOf(await this.activity.totals(scopeOf(insights)));
  }

  async bySdg(insights: CouncilInsights): Promise<InsightFigure[]> {
    return figuresOf(await this.activity.bySdg(scopeOf(insights)));
  }

  async bySkill(insights: CouncilInsights): Promise<InsightFigure[]> {
    return figuresOf(await this.activity.bySkill(scopeOf(insights)));
  }

  async byPlace(insights: CouncilInsights): Promise<InsightFigure[]> {
    return figuresOf(await this.activity.byPlace(scopeOf(insights)));
  }

  async overTime(
    insights: CouncilInsights,
    args: InsightOverTimeArgs,
  ): Promise<InsightTimePoint[]> {
    const period = args.period ?? InsightPeriod.MONTH;
    const rows = await this.activity.overTime(scopeOf(insights), period);

    return timePointsOf(rows);
  }

  async densityGrid(
    insights: CouncilInsights,
    args: DensityGridArgs,
  ): Promise<InsightGridCell[]> {
    const cellKm = requireInRange(args.cellKm, CELL_KM, 'cellKm', ' km');
    const shape = args.shape ?? GridShape.HEXAGON;
    const councilId = insights.council.id;
    const area = await this.map.measureArea(councilId);
    requireGridSize(area, shape, cellKm);
    const cells = await this.map.grid(
      councilId,
      shape,
      area.srid,
      cellKm * 1000,
      MAX_GRID_CELLS + 1,
    );
    if (cells.length > MAX_GRID_CELLS) {
      throw tooManyCells(area, shape, cellKm);
    }

    return cells;
  }

  async skillGaps(
    insights: CouncilInsights,
    args: SkillGapsArgs,
  ): Promise<SkillGap[]> {
    const distanceKm = requireInRange(
      args.gapDistanceKm,
      GAP_DISTANCE_KM,
      'gapDistanceKm',
      ' km',
    );
    const [rows, skills] = await Promise.all([
      this.map.skillGaps(insights.council.id, distanceKm * 1000),
      this.referenceData.findSkills(),
    ]);
    const skillsById = new Map(skills.map((skill) => [skill.id, skill]));

    return rows.map((row) => ({
      skill: skillsById.get(row.skillId)!,
      needCount: row.needCount,
      openings: row.openings,
      needIds: row.needIds,
    }));
  }

  async sdgGaps(
    insights: CouncilInsights,
    args: SdgGapsArgs,
  ): Promise<SdgGap[]> {
    const threshold = requireWholeInRange(
      args.fewThreshold,
      FEW_THRESHOLD,
      'fewThreshold',
    );
    const [counts, sdgs] = await Promise.all([
      this.map.sdgCounts(insights.council.id),
      this.referenceData.findSdgs(),
    ]);
    const sdgsByNumber = new Map(sdgs.map((sdg) => [sdg.number, sdg]));

    return counts
      .filter((row) => row.opportunities < threshold)
      .map((row) => ({
        sdg: sdgsByNumber.get(row.number)!,
        opportunities: row.opportunities,
      }));
  }
}

function scopeOf(insights: CouncilInsights): InsightScope {
  return {
    councilId: insights.council.id,
    from: insights.from,
    to: insights.to,
  };
}
