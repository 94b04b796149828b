import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { BarrierReportForm } from './BarrierReportForm';
import { readReportOrigin } from './reportState';
import { TEST_RESULTS } from './testResults';
import { TestResultsList } from './TestResultsList';
import { focusElement } from '../../a11y/focus';

/** Id of the report section. Links to `/toegankelijkheid#melden` open the page there. */
const REPORT_SECTION_ID = 'melden';

function StatusText() {
  const { t } = useTranslation();
  if (TEST_RESULTS.generatedAt === null || TEST_RESULTS.passed === null) {
    return <Paragraph>{t('statement.statusNotMeasured')}</Paragraph>;
  }
  return (
    <Paragraph>
      {TEST_RESULTS.violations === 0 && TEST_RESULTS.passed
        ? t('statement.statusPassed')
        : t('statement.statusFailed', { count: TEST_RESULTS.violations })}
    </Paragraph>
  );
}

/** Accessibility statement in the structure of Dutch government statements, with the barrier report form. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const originPage = readReportOrigin(location.state);

  // This effect runs after the page heading's, so a link to the report section ends with focus there.
  useEffect(() => {
    if (location.hash === `#${REPORT_SECTION_ID}`) {
      focusElement(reportHeading.current);
      reportHeading.current?.scrollIntoView({ block: 'start' });
    }
  }, [location.hash, location.key]);

  return (
    <>
      <PageHeading title={t('statement.title')} />
      <Paragraph appearance="lead">{t('statement.intro')}</Paragraph>
      <Paragraph>{t('statement.introTools')}</Paragraph>
      <Paragraph>{t('statement.screenReaderExplained')}</Paragraph>

      <Heading2>{t('statement.standardTitle')}</Heading2>
      <Paragraph>{t('statement.standardText')}</Paragraph>
      <Paragraph>{t('statement.wcagExplained')}</Paragraph>
      <Paragraph>{t('statement.wcagLevel')}</Paragraph>

      <Heading2>{t('statement.statusTitle')}</Heading2>
      <StatusText />
      <Paragraph>{t('statement.statusHonest')}</Paragraph>

      <Heading2>{t('statement.testsTitle')}</Heading2>
      <Paragraph>{t('statement.testsIntro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          {t('statement.testsAxe')} {t('statement.testsTool')}
        </UnorderedListItem>
        <UnorderedListItem>{t('statement.testsStates')}</UnorderedListItem>
        <UnorderedListItem>{t('statement.testsKeyboard')}</UnorderedListItem>
        <UnorderedListItem>{t('statement.testsReflow')}</UnorderedListItem>
        <UnorderedListItem>{t('statement.testsScreenReader')}</UnorderedListItem>
        <UnorderedListItem>{t('statement.testsLanguage')}</UnorderedListItem>
        <UnorderedListItem>{t('statement.testsLighthouse')}</UnorderedListItem>
      </UnorderedList>

      <TestResultsList results={TEST_RESULTS} />

      <Heading2>{t('statement.limitsTitle')}</Heading2>
      <Paragraph>{t('statement.limitsIntro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('statement.limitsPosts')}</UnorderedListItem>
        <UnorderedListItem>{t('statement.limitsExternal')}</UnorderedListItem>
        <UnorderedListItem>
          {t('statement.limitsEasyRead')} {t('statement.limitsB1')}
        </UnorderedListItem>
        <UnorderedListItem>{t('statement.limitsScreenReaders')}</UnorderedListItem>
      </UnorderedList>

      <section id={REPORT_SECTION_ID} aria-labelledby="report-heading" className="panel">
        <Heading2 id="report-heading" ref={reportHeading}>
          {t('statement.reportTitle')}
        </Heading2>
        <Paragraph>{t('statement.reportIntro')}</Paragraph>
        <Paragraph>{t('statement.reportAlternative')}</Paragraph>
        <BarrierReportForm originPage={originPage} />
      </section>
    </>
  );
}
