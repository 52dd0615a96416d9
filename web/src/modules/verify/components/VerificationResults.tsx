import '../verify.css';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatLocale } from '@/i18n/useFormatLocale';

import type {
  EndorsementVerification,
  VerificationResult,
} from '../verification-types';
import { CheckList } from './CheckList';
import { VerificationVerdict } from './VerificationVerdict';

interface VerificationResultsProps {
  result: VerificationResult;
  /** Level of the section's heading, so it fits the page's outline. */
  headingLevel?: 2 | 3;
}

function formatDate(value: string | null | undefined, locale: string) {
  if (value === null || value === undefined) return null;

  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(value));
}

/** Renders what a verification found: verdict, credential, checks, endorsements. */
export function VerificationResults({
  result,
  headingLevel = 2,
}: VerificationResultsProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const facts: [string, string | null | undefined][] = [
    [t('verificationResult.badgeName'), result.achievementName ?? result.name],
    [
      result.issuerKnown === true
        ? t('verificationResult.issuer')
        : t('verificationResult.issuerSelfNamed'),
      result.issuerName,
    ],
    [t('verificationResult.issuerId'), result.issuerId],
    [
      t('verificationResult.format'),
      t(`verificationResult.formats.${result.format}`),
    ],
    [t('verificationResult.validFrom'), formatDate(result.validFrom, locale)],
    [t('verificationResult.validUntil'), formatDate(result.validUntil, locale)],
  ];

  return (
    <section className="verification" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('verificationResult.heading')}</Heading>
      <VerificationVerdict verified={result.verified} />
      <dl className="verification__facts">
        {facts
          .filter(([, value]) => value !== null && value !== undefined)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <CheckList
        checks={result.checks}
        label={t('verificationResult.checksLabel')}
        dates={{
          VALID_FROM: formatDate(result.validFrom, locale),
          VALID_UNTIL: formatDate(result.validUntil, locale),
        }}
      />
      {result.endorsements.length > 0 && (
        <>
          <SubHeading>{t('verificationResult.endorsements')}</SubHeading>
          <ul className="verification__endorsements">
            {result.endorsements.map((endorsement, index) => (
              <EndorsementResult
                key={endorsement.endorserId ?? index}
                endorsement={endorsement}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EndorsementResult({
  endorsement,
}: {
  endorsement: EndorsementVerification;
}) {
  const { t } = useTranslation();
  const name = t('verificationResult.endorsementBy', {
    name: endorsement.endorserName ?? t('verificationResult.unknownEndorser'),
  });

  return (
    <li className="verification__endorsement">
      <p className="verification__endorser">
        <strong>{name}</strong>
        <span>
          {endorsement.verified
            ? t('verificationResult.endorsementVerified')
            : t('verificationResult.endorsementNotVerified')}
        </span>
      </p>
      {endorsement.comment && <blockquote>{endorsement.comment}</blockquote>}
      <CheckList checks={endorsement.checks} label={name} />
    </li>
  );
}
