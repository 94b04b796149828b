import { EMAIL_RULES } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { ApiError } from '../../api/client';
import { accountMailApi } from '../../api/notificationEndpoints';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { loginPath } from '../../session/returnPath';
import { useSession } from '../../session/SessionContext';

type VerifyState =
  | { kind: 'busy' }
  | { kind: 'done' }
  | { kind: 'missingToken' }
  | { kind: 'invalidToken' }
  | { kind: 'expiredToken' }
  | { kind: 'failed'; error: unknown };

function stateOfError(error: unknown): VerifyState {
  if (error instanceof ApiError && error.code === 'token_expired') return { kind: 'expiredToken' };
  if (error instanceof ApiError && (error.code === 'invalid_token' || error.code === 'validation_failed')) {
    return { kind: 'invalidToken' };
  }
  return { kind: 'failed', error };
}

/**
 * Page the verification mail links to (`/account/e-mail-bevestigen?token=…`). It confirms the
 * address as soon as it opens, because the link is single-use and the person came to do just
 * that. The first result is announced politely and focus stays at the page heading, which a
 * route change focuses. After "Probeer het opnieuw" the result takes focus. Works signed in and
 * signed out, because the token identifies the person.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useSession();
  const token = new URLSearchParams(location.search).get('token')?.trim() ?? '';
  const [state, setState] = useState<VerifyState>(token ? { kind: 'busy' } : { kind: 'missingToken' });
  const started = useRef<string | null>(null);
  const retried = useRef(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();

  const confirm = useCallback(async () => {
    setState({ kind: 'busy' });
    try {
      await accountMailApi.verifyEmail({ token });
      setState({ kind: 'done' });
    } catch (error) {
      setState(stateOfError(error));
    }
  }, [token]);

  const retry = () => {
    retried.current = true;
    void confirm();
  };

  // React may run this effect twice in development. The ref keeps it to one request per token.
  useEffect(() => {
    if (!token || started.current === token) return;
    started.current = token;
    void confirm();
  }, [token, confirm]);

  useEffect(() => {
    if (state.kind === 'busy' || state.kind === 'missingToken') return;
    if (retried.current) {
      retried.current = false;
      focusElement(resultHeading.current);
      return;
    }
    const sentences: Record<Exclude<VerifyState['kind'], 'busy' | 'missingToken'>, string> = {
      done: t('verifyEmail.success'),
      invalidToken: t('verifyEmail.invalidToken'),
      expiredToken: t('verifyEmail.expiredToken', { hours: EMAIL_RULES.verificationHours }),
      failed: t('verifyEmail.failedTitle'),
    };
    announce(sentences[state.kind]);
  }, [state, announce, t]);

  const nextStep = user ? (
    <>
      <Paragraph>{t('verifyEmail.nextStepLoggedIn')}</Paragraph>
      <Paragraph>
        <AppLink to="/profiel/meldingen">{t('verifyEmail.requestNew')}</AppLink>
      </Paragraph>
    </>
  ) : (
    <>
      <Paragraph>{t('verifyEmail.nextStepLoggedOut')}</Paragraph>
      <Paragraph>
        <AppLink to={loginPath('/profiel/meldingen')}>{t('verifyEmail.loginLink')}</AppLink>
      </Paragraph>
    </>
  );

  return (
    <>
      <PageHeading title={t('verifyEmail.title')} />
      {state.kind === 'busy' && <Loading label={t('verifyEmail.busy')} />}
      {state.kind === 'done' && (
        <section aria-labelledby="verify-result-heading" className="panel">
          <Heading2 id="verify-result-heading" ref={resultHeading}>
            {t('verifyEmail.successTitle')}
          </Heading2>
          <Paragraph className="success-note">{t('verifyEmail.success')}</Paragraph>
          <Paragraph>
            <AppLink to={user ? '/profiel/meldingen' : loginPath('/profiel/meldingen')}>{t('verifyEmail.toSettings')}</AppLink>
          </Paragraph>
          <Paragraph>
            <AppLink to="/netwerken">{t('verifyEmail.toNetworks')}</AppLink>
          </Paragraph>
        </section>
      )}
      {state.kind !== 'busy' && state.kind !== 'done' && (
        <section aria-labelledby="verify-result-heading" className="panel">
          <Heading2 id="verify-result-heading" ref={resultHeading}>
            {t('verifyEmail.failedTitle')}
          </Heading2>
          {state.kind === 'missingToken' && <Paragraph>{t('verifyEmail.missingToken')}</Paragraph>}
          {state.kind === 'invalidToken' && <Paragraph>{t('verifyEmail.invalidToken')}</Paragraph>}
          {state.kind === 'expiredToken' && (
            <Paragraph>{t('verifyEmail.expiredToken', { hours: EMAIL_RULES.verificationHours })}</Paragraph>
          )}
          {state.kind === 'failed' ? (
            <>
              <ErrorAlert error={state.error} />
              <Button type="button" appearance="secondary-action-button" onClick={retry}>
                {t('verifyEmail.retry')}
              </Button>
            </>
          ) : (
            nextStep
          )}
        </section>
      )}
    </>
  );
}
