import { LIMITS, type PersonSummary } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { libraryAdminApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

/** Administrators appoint and remove library editors, who may add documents to the platform-wide library. */
export function LibraryEditorsSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const editors = useApi(() => libraryAdminApi.editors(), []);
  const labels = useMemo(() => ({ email: t('libraryAdmin.editors.emailLabel') }), [t]);
  const form = useForm('library-editor', labels);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>(undefined);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const appoint = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkAll({ email }, { email: { required: true, email: true, ...LIMITS.email } });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const person = await libraryAdminApi.appointEditor({ email: email.trim() });
      form.clearErrors();
      setEmail('');
      announce(t('libraryAdmin.editors.appointed', { name: person.displayName }));
      await editors.reload();
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (person: PersonSummary) => {
    setRemoveError(undefined);
    try {
      await libraryAdminApi.removeEditor(person.id);
      announce(t('libraryAdmin.editors.removed', { name: person.displayName }));
      await editors.reload();
      // The button left the page with its row, so focus goes to the list's heading.
      focusElement(listHeading.current);
    } catch (error) {
      setRemoveError(error);
    }
  };

  return (
    <section id="bibliotheek" aria-labelledby="library-editors-heading" className="panel">
      <Heading2 id="library-editors-heading">{t('libraryAdmin.editors.title')}</Heading2>
      <Paragraph>{t('libraryAdmin.editors.intro')}</Paragraph>
      <h3 ref={listHeading} className="utrecht-heading-3">
        {t('libraryAdmin.editors.listTitle')}
      </h3>
      {editors.error !== undefined && <ErrorAlert error={editors.error} />}
      {removeError !== undefined && <ErrorAlert error={removeError} />}
      {editors.loading && !editors.data && <Loading />}
      {editors.data && editors.data.length === 0 && <Paragraph>{t('libraryAdmin.editors.none')}</Paragraph>}
      {editors.data && editors.data.length > 0 && (
        <ul className="plain-list">
          {editors.data.map((person) => (
            <li key={person.id} className="editor-row">
              <span>
                {person.displayName}
                {person.roleDescription && <>, {person.roleDescription}</>}
              </span>{' '}
              <Button type="button" appearance="secondary-action-button" onClick={() => void remove(person)}>
                {t('libraryAdmin.editors.remove', { name: person.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="utrecht-heading-3">{t('libraryAdmin.editors.appointTitle')}</h3>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void appoint(event)} className="form">
        <TextField form={form} name="email" type="email" autoComplete="off" label={labels.email} description={t('libraryAdmin.editors.emailHint')} value={email} onChange={setEmail} />
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('libraryAdmin.editors.submit')}
        </Button>
      </form>
    </section>
  );
}
