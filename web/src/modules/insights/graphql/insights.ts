import { graphql } from '@/gql';

export const InsightFigureFragment = graphql(`
  fragment InsightFigureFields on InsightFigure {
    key
    label
    opportunities
    registrations {
      value
      suppressed
    }
    attendances {
      value
      suppressed
    }
    badgesIssued {
      value
      suppressed
    }
  }
`);

export const CouncilInsightsSummaryQuery = graphql(`
  query CouncilInsightsSummary(
    $councilId: ID!
    $from: DateTime
    $to: DateTime
  ) {
    councilInsights(councilId: $councilId, from: $from, to: $to) {
      council {
        id
        name
        area
      }
      from
      to
      totals {
        ...InsightFigureFields
      }
      bySdg {
        ...InsightFigureFields
      }
      bySkill {
        ...InsightFigureFields
      }
      byPlace {
        ...InsightFigureFields
      }
    }
  }
`);

export const CouncilInsightsOverTimeQuery = graphql(`
  query CouncilInsightsOverTime(
    $councilId: ID!
    $from: DateTime
    $to: DateTime
    $period: InsightPeriod
  ) {
    councilInsights(councilId: $councilId, from: $from, to: $to) {
      overTime(period: $period) {
        periodStart
        opportunities
        registrations {
          value
          suppressed
        }
        attendances {
          value
          suppressed
        }
        badgesIssued {
          value
          suppressed
        }
      }
    }
  }
`);

export const CouncilInsightsDensityQuery = graphql(`
  query CouncilInsightsDensity(
    $councilId: ID!
    $from: DateTime
    $to: DateTime
    $cellKm: Float
    $shape: GridShape
  ) {
    councilInsights(councilId: $councilId, from: $from, to: $to) {
      densityGrid(cellKm: $cellKm, shape: $shape) {
        id
        polygon
        opportunities
      }
    }
  }
`);

export const CouncilInsightsGapsQuery = graphql(`
  query CouncilInsightsGaps(
    $councilId: ID!
    $from: DateTime
    $to: DateTime
    $gapDistanceKm: Float
    $fewThreshold: Int
  ) {
    councilInsights(councilId: $councilId, from: $from, to: $to) {
      skillGaps(gapDistanceKm: $gapDistanceKm) {
        skill {
          id
          name
        }
        needCount
        openings
        needs {
          id
          title
          employer {
            id
            name
          }
        }
      }
      sdgGaps(fewThreshold: $fewThreshold) {
        sdg {
          number
          shortTitle
          colour
        }
        opportunities
      }
    }
  }
`);
