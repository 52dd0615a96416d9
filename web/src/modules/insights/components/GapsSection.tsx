import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CouncilInsightsGapsQuery } from '@/gql/graphql';
import type { QueryResult } from '@/lib/graphql/useQuery';
import { needPath } from '@/modules/employer-needs/paths';

import type { InsightParams } from '../insight-params';
import { CsvLink } from './CsvLink';
import { SectionStatus } from './SectionStatus';

type Gaps = CouncilInsightsGapsQuery['councilInsights'];

interface GapTableProps {
  councilId: string;
  params: InsightParams;
  gaps: Gaps;
}

function SkillGapTable({ councilId, params, gaps }: GapTableProps) {
  const { t } = useTranslation();
  const caption = t('insights.tables.skillGaps', {
    km: params.gapDistanceKm,
  });
  if (gaps.skillGaps.length === 0) {
    return (
      <p>{t('insights.gaps.noSkillGaps', { km: params.gapDistanceKm })}</p>
    );
  }

  return (
    <>
      <div
        className="insights-table"
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.gaps.columns.skill')}</th>
              <th scope="col" className="insights-table__number">
                {t('insights.gaps.columns.needs')}
              </th>
              <th scope="col" className="insights-table__number">
                {t('insights.gaps.columns.openings')}
              </th>
              <th scope="col">{t('insights.gaps.columns.needList')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.skillGaps.map((gap) => (
              <tr key={gap.skill.id}>
                <th scope="row">{gap.skill.name}</th>
                <td className="insights-table__number">
                  {t('insights.number', { value: gap.needCount })}
                </td>
                <td className="insights-table__number">
                  {t('insights.number', { value: gap.openings })}
                </td>
                <td>
                  <ul className="insights-need-list">
                    {gap.needs.map((need) => (
                      <li key={need.id}>
                        <Link to={needPath(need.id)}>
                          {t('insights.gaps.needLink', {
                            title: need.title,
                            employer: need.employer.name,
                          })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvLink
        councilId={councilId}
        table="skill-gaps"
        params={params}
        name={caption}
      />
    </>
  );
}

function SdgGapTable({ councilId, params, gaps }: GapTableProps) {
  const { t } = useTranslation();
  const caption = t('insights.tables.sdgGaps', { count: params.fewThreshold });
  if (gaps.sdgGaps.length === 0) {
    return (
      <p>{t('insights.gaps.noSdgGaps', { count: params.fewThreshold })}</p>
    );
  }

  return (
    <>
      <div
        className="insights-table"
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.gaps.columns.sdg')}</th>
              <th scope="col" className="insights-table__number">
                {t('insights.measures.opportunities')}
              </th>
            </tr>
          </thead>
          <tbody>
            {gaps.sdgGaps.map((gap) => (
              <tr key={gap.sdg.number}>
                <th scope="row">
                  <span
                    className="insights-sdg-swatch"
                    style={{ background: gap.sdg.colour }}
                    aria-hidden="true"
                  />
                  {t('insights.sdgLabel', {
                    number: gap.sdg.number,
                    title: gap.sdg.shortTitle,
                  })}
                </th>
                <td className="insights-table__number">
                  {t('insights.number', { value: gap.opportunities })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvLink
        councilId={councilId}
        table="sdg-gaps"
        params={params}
        name={caption}
      />
    </>
  );
}

interface GapsSectionProps {
  councilId: string;
  params: InsightParams;
  result: QueryResult<CouncilInsightsGapsQuery>;
}

/** Renders the skill gaps and SDG gaps, each with an empty state. */
export function GapsSection({ councilId, params, result }: GapsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const gaps = result.data?.councilInsights;

  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('insights.headings.gaps')}</h2>
      <SectionStatus result={result} />
      {gaps !== undefined && (
        <>
          <h3>{t('insights.headings.skillGaps')}</h3>
          <p className="hint">
            {t('insights.gaps.skillIntro', { km: params.gapDistanceKm })}
          </p>
          <SkillGapTable councilId={councilId} params={params} gaps={gaps} />
          <h3>{t('insights.headings.sdgGaps')}</h3>
          <p className="hint">
            {t('insights.gaps.sdgIntro', { count: params.fewThreshold })}
          </p>
          <SdgGapTable councilId={councilId} params={params} gaps={gaps} />
        </>
      )}
    </section>
  );
}
