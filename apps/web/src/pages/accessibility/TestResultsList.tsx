import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { TestResults } from './testResults';

const ROLE_ALIASES: Record<string, 'visitor' | 'member' | 'moderator' | 'owner' | 'admin'> = {
  visitor: 'visitor',
  anonymous: 'visitor',
  guest: 'visitor',
  member: 'member',
  moderator: 'moderator',
  owner: 'owner',
  admin: 'admin',
  administrator: 'admin',
};

/** Renders the numbers of the latest run of the accessibility suite, or "not measured" before the first run. */
export function TestResultsList({ results }: { results: TestResults }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The recording names its pages with keys. Older or unknown names are shown as they are.
  const lighthousePageName = (page: string) =>
    t(`statement.lighthousePages.${page}` as 'statement.lighthousePages.start', { defaultValue: page });

  if (results.generatedAt === null) {
    return (
      <section aria-labelledby="results-heading">
        <Heading2 id="results-heading">{t('statement.resultsTitle')}</Heading2>
        <Paragraph>{t('statement.resultsNotMeasured')}</Paragraph>
      </section>
    );
  }

  const roleNames = results.roles.map((role) => {
    const known = ROLE_ALIASES[role.toLowerCase()];
    return known ? t(`statement.roleNames.${known}`) : role;
  });

  return (
    <section aria-labelledby="results-heading">
      <Heading2 id="results-heading">{t('statement.resultsTitle')}</Heading2>
      <dl className="facts">
        <div>
          <dt>{t('statement.resultsDate')}</dt>
          <dd>
            <time dateTime={results.generatedAt}>{format.dateTime(results.generatedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('statement.resultsStandard')}</dt>
          <dd>{results.standard}</dd>
        </div>
        <div>
          <dt>{t('statement.resultsPassed')}</dt>
          <dd>
            {results.passed === null
              ? t('statement.resultsNotMeasured')
              : results.passed
                ? t('statement.resultsPassedYes')
                : t('statement.resultsPassedNo')}
          </dd>
        </div>
        <div>
          <dt>{t('statement.resultsViolations')}</dt>
          <dd>{format.number(results.violations)}</dd>
        </div>
        <div>
          <dt>{t('statement.resultsPages')}</dt>
          <dd>{format.number(results.pagesChecked)}</dd>
        </div>
        <div>
          <dt>{t('statement.resultsStates')}</dt>
          <dd>
            {format.number(results.statesChecked)}
            <span className="facts__note">{t('statement.resultsStatesExplained')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('statement.resultsRoles')}</dt>
          <dd>{roleNames.length > 0 ? roleNames.join(', ') : t('statement.rolesNone')}</dd>
        </div>
        <div>
          <dt>{t('statement.resultsJourneys')}</dt>
          <dd>{format.number(results.keyboardJourneys)}</dd>
        </div>
        {results.lighthouse.length > 0 && (
          <div>
            <dt>{t('statement.resultsLighthouse')}</dt>
            <dd>
              <ul className="plain-list">
                {results.lighthouse.map((entry) => (
                  <li key={entry.page}>{t('statement.resultsLighthouseScore', { page: lighthousePageName(entry.page), score: entry.score })}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
