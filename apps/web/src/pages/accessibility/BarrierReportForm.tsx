import { LIMITS, type BarrierReport } from '@inclusieplein/contract';
import { Button, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { barrierReportApi } from '../../api/endpoints';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField, TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { useSession } from '../../session/SessionContext';
import { focusElement } from '../../a11y/focus';

type Values = Record<'page' | 'description' | 'assistiveTechnology' | 'contactName' | 'contactEmail', string>;

function emptyValues(page: string): Values {
  return { page, description: '', assistiveTechnology: '', contactName: '', contactEmail: '' };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Renders the form to report an accessibility barrier. Everything typed stays in the fields
 * when sending fails. After success, a confirmation explains what happens next.
 */
export function BarrierReportForm({ originPage }: { originPage: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const labels = useMemo(
    () => ({
      page: t('barrier.pageLabel'),
      description: t('barrier.descriptionLabel'),
      assistiveTechnology: t('barrier.assistiveLabel'),
      contactName: t('barrier.nameLabel'),
      contactEmail: t('barrier.emailLabel'),
    }),
    [t],
  );
  const form = useForm('barrier', labels);
  const [values, setValues] = useState<Values>(() => emptyValues(originPage));
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<BarrierReport | null>(null);
  const confirmationHeading = useRef<HTMLHeadingElement>(null);

  const startedAgain = useRef(false);
  const { fieldId } = form;

  // The confirmation replaces the form and back, so focus moves to what replaced it instead of getting lost.
  useEffect(() => {
    if (sent) {
      focusElement(confirmationHeading.current);
    } else if (startedAgain.current) {
      startedAgain.current = false;
      document.getElementById(fieldId('description'))?.focus();
    }
  }, [sent, fieldId]);

  const set = (name: keyof Values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, {
      page: { max: LIMITS.barrierPage.max },
      description: { required: true, ...LIMITS.barrierDescription },
      assistiveTechnology: { max: LIMITS.assistiveTechnology.max },
      contactName: { max: LIMITS.displayName.max },
      contactEmail: { max: LIMITS.email.max, email: true },
    });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }

    setBusy(true);
    try {
      const report = await barrierReportApi.create({
        page: orNull(values.page),
        description: values.description.trim(),
        assistiveTechnology: orNull(values.assistiveTechnology),
        contactName: orNull(values.contactName),
        contactEmail: orNull(values.contactEmail),
      });
      form.clearErrors();
      setSent(report);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <div className="confirmation" role="region" aria-labelledby="barrier-sent-heading">
        <Heading3 id="barrier-sent-heading" ref={confirmationHeading}>
          {t('barrier.sentTitle')}
        </Heading3>
        <Paragraph>{t('barrier.sent')}</Paragraph>
        <Heading4>{t('barrier.nextTitle')}</Heading4>
        <Paragraph>{t('barrier.nextRead')}</Paragraph>
        <Paragraph>{t('barrier.nextFix')}</Paragraph>
        <Paragraph>{sent.contactEmail ? t('barrier.nextEmail') : t('barrier.nextNoEmail')}</Paragraph>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setValues(emptyValues(originPage));
            startedAgain.current = true;
            setSent(null);
          }}
        >
          {t('barrier.another')}
        </Button>
      </div>
    );
  }

  return (
    <>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField
          form={form}
          name="page"
          optional
          label={labels.page}
          description={originPage ? t('barrier.pageHintKnown') : t('barrier.pageHint')}
          value={values.page}
          onChange={set('page')}
        />
        <TextAreaField
          form={form}
          name="description"
          rows={6}
          label={labels.description}
          description={t('barrier.descriptionHint', LIMITS.barrierDescription)}
          value={values.description}
          onChange={set('description')}
        />
        <TextField
          form={form}
          name="assistiveTechnology"
          optional
          label={labels.assistiveTechnology}
          description={t('barrier.assistiveHint')}
          value={values.assistiveTechnology}
          onChange={set('assistiveTechnology')}
        />
        <TextField
          form={form}
          name="contactName"
          optional
          autoComplete="name"
          label={labels.contactName}
          value={values.contactName}
          onChange={set('contactName')}
        />
        <TextField
          form={form}
          name="contactEmail"
          type="email"
          optional
          autoComplete="email"
          label={labels.contactEmail}
          description={t('barrier.emailHint')}
          value={values.contactEmail}
          onChange={set('contactEmail')}
        />
        {user && <Paragraph>{t('barrier.loggedIn')}</Paragraph>}
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('barrier.submit')}
        </Button>
      </form>
    </>
  );
}
