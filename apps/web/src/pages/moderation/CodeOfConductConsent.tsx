import type { CodeOfConductStatus } from '@inclusieplein/contract';
import { Alert, Checkbox, FormFieldErrorMessage, FormLabel, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldProblems, type FieldProblem } from '../../api/errorText';
import { codeOfConductApi } from '../../api/moderationEndpoints';
import { useApi, type ApiState } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import type { FormController } from '../../forms/useForm';

/** Field name of the consent, as the join request names it, so server field errors land on the checkbox. */
export const CONSENT_FIELD = 'acceptedCodeOfConductVersion';

export interface CodeOfConductConsentState {
  status: ApiState<CodeOfConductStatus>;
  accepted: boolean;
  setAccepted: (accepted: boolean) => void;
  /** True after the server rejected the shown version as outdated and the new one was loaded. */
  outdated: boolean;
  /** Version to send with the join request, or null when the network has no code of conduct. */
  version: number | null;
  /** The browser's check: a problem when the network has a code and the box is not ticked. */
  problem: () => FieldProblem | null;
  /**
   * Handles a failed join: on `code_of_conduct_outdated` loads the new version and clears the box,
   * and maps a missing consent to the checkbox. Returns the field problems to show, or null for other errors.
   */
  handleError: (error: unknown) => Promise<Record<string, FieldProblem> | null>;
}

const MISSING: FieldProblem = { code: 'required', params: { context: 'consent' } };

/** Loads the network's code of conduct for the join form and keeps the state of the consent checkbox. */
export function useCodeOfConductConsent(slug: string): CodeOfConductConsentState {
  const status = useApi(() => codeOfConductApi.status(slug), [slug]);
  const [accepted, setAccepted] = useState(false);
  const [outdated, setOutdated] = useState(false);
  const version = status.data?.current?.version ?? null;

  const problem = useCallback(() => (version !== null && !accepted ? MISSING : null), [version, accepted]);

  const handleError = useCallback(
    async (error: unknown) => {
      if (error instanceof ApiError && error.code === 'code_of_conduct_outdated') {
        setAccepted(false);
        setOutdated(true);
        await status.reload();
        return { [CONSENT_FIELD]: { code: 'required', params: { context: 'outdated' } } as FieldProblem };
      }
      if (fieldProblems(error)[CONSENT_FIELD]) {
        return { [CONSENT_FIELD]: MISSING };
      }
      return null;
    },
    [status],
  );

  return { status, accepted, setAccepted, outdated, version, problem, handleError };
}

/**
 * Renders the code of conduct inside the join form, with the required checkbox "Ik houd me aan de
 * gedragscode". Renders nothing when the network has no code.
 */
export function CodeOfConductConsent({ consent, form }: { consent: CodeOfConductConsentState; form: FormController }) {
  const { t } = useTranslation();
  const current = consent.status.data?.current ?? null;
  const checkboxId = form.fieldId(CONSENT_FIELD);
  const error = form.errorFor(CONSENT_FIELD);

  if (consent.status.error !== undefined) {
    return <ErrorAlert error={consent.status.error} />;
  }
  if (!consent.status.data) {
    return <Loading />;
  }
  if (!current) {
    return null;
  }
  return (
    <div className="coc-consent">
      {consent.outdated && (
        <Alert type="warning" role="none">
          <Paragraph>{t('moderation.codeOfConduct.outdated', { version: current.version })}</Paragraph>
        </Alert>
      )}
      <Heading3 id="coc-consent-heading">{t('moderation.codeOfConduct.consentTitle', { version: current.version })}</Heading3>
      <div className="code-of-conduct code-of-conduct--scroll" role="region" aria-labelledby="coc-consent-heading" tabIndex={0}>
        <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: current.bodyHtml }} />
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        {error && <FormFieldErrorMessage id={`${checkboxId}-error`}>{error}</FormFieldErrorMessage>}
        <Checkbox
          id={checkboxId}
          checked={consent.accepted}
          required
          aria-required
          invalid={Boolean(error)}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? `${checkboxId}-error` : undefined}
          onChange={(event) => consent.setAccepted(event.target.checked)}
        />
        <FormLabel htmlFor={checkboxId} type="checkbox">
          {t('moderation.codeOfConduct.consentLabel')}
        </FormLabel>
      </div>
    </div>
  );
}
