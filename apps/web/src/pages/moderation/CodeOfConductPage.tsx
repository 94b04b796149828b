import { LIMITS, type CodeOfConduct, type NetworkDetail } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { focusElement } from '../../a11y/focus';
import { networkApi } from '../../api/endpoints';
import { isNotFound } from '../../api/errorText';
import { codeOfConductApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField, TextField } from '../../forms/fields';
import { MarkdownHint } from '../../forms/MarkdownHint';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/SessionContext';
import { NotFoundPage } from '../NotFoundPage';
import { AcceptCodeOfConduct } from './MyStandingNotice';

/** The code of conduct of a network: the current version, whether the person accepted it, its history, and the owners' editor. */
export function CodeOfConductPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const network = useApi(() => networkApi.get(slug), [slug]);

  if (isNotFound(network.error)) {
    return <NotFoundPage message={t('network.notFound')} />;
  }
  if (!network.data) {
    return network.error !== undefined ? (
      <>
        <PageHeading title={t('moderation.codeOfConduct.title')} />
        <ErrorAlert error={network.error} />
      </>
    ) : (
      <Loading />
    );
  }
  return <CodeOfConductContent network={network.data} />;
}

function CodeOfConductContent({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const status = useApi(() => codeOfConductApi.status(network.slug), [network.slug, user?.id]);
  const versions = useApi(() => codeOfConductApi.versions(network.slug), [network.slug, user?.id]);
  const currentHeading = useRef<HTMLHeadingElement>(null);
  const canEdit = network.myRole === 'owner' || Boolean(user?.isAdmin);
  const current = status.data?.current ?? null;
  const older = (versions.data ?? []).filter((version) => version.version !== current?.version);

  const saved = async () => {
    await Promise.all([status.reload(), versions.reload()]);
    focusElement(currentHeading.current);
  };

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={`/netwerken/${network.slug}`}>{t('moderation.backToNetworkName', { name: network.name })}</AppLink>
      </Paragraph>
      <PageHeading title={t('moderation.codeOfConduct.networkTitle', { name: network.name })} />
      <Paragraph>{t('moderation.codeOfConduct.intro')}</Paragraph>

      <section aria-labelledby="coc-current-heading">
        <Heading2 id="coc-current-heading" ref={currentHeading}>
          {t('moderation.codeOfConduct.currentTitle')}
        </Heading2>
        {status.error !== undefined && <ErrorAlert error={status.error} />}
        {status.loading && !status.data && <Loading />}
        {status.data && !current && <Paragraph>{t('moderation.codeOfConduct.none')}</Paragraph>}
        {current && (
          <>
            <VersionMeta version={current} />
            {current.changeNote && <Paragraph>{t('moderation.codeOfConduct.changeNoteText', { note: current.changeNote })}</Paragraph>}
            <div className="utrecht-rich-text code-of-conduct" dangerouslySetInnerHTML={{ __html: current.bodyHtml }} />
            {network.myRole !== null &&
              (status.data?.acceptedCurrent ? (
                <Paragraph>{t('moderation.codeOfConduct.youAccepted', { version: current.version })}</Paragraph>
              ) : (
                <AcceptCodeOfConduct slug={network.slug} version={current.version} />
              ))}
          </>
        )}
      </section>

      {canEdit && status.data && (
        <CodeOfConductEditor key={current?.version ?? 0} slug={network.slug} current={current} onSaved={saved} />
      )}

      <section aria-labelledby="coc-history-heading">
        <Heading2 id="coc-history-heading">{t('moderation.codeOfConduct.historyTitle')}</Heading2>
        {versions.error !== undefined && <ErrorAlert error={versions.error} />}
        {versions.data && older.length === 0 && <Paragraph>{t('moderation.codeOfConduct.noHistory')}</Paragraph>}
        {older.length > 0 && (
          <ul className="plain-list">
            {older.map((version) => (
              <li key={version.version}>
                <details className="coc-version">
                  <summary>
                    {t('moderation.codeOfConduct.versionSummary', {
                      version: version.version,
                      date: format.date(version.createdAt),
                      name: version.author.displayName,
                    })}
                  </summary>
                  {version.changeNote && <Paragraph>{t('moderation.codeOfConduct.changeNoteText', { note: version.changeNote })}</Paragraph>}
                  <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: version.bodyHtml }} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function VersionMeta({ version }: { version: CodeOfConduct }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph className="coc-meta">
      {t('moderation.codeOfConduct.versionLabel', { version: version.version })} ·{' '}
      <time dateTime={version.createdAt}>{format.date(version.createdAt)}</time> ·{' '}
      {t('moderation.codeOfConduct.byAuthor', { name: version.author.displayName })}
    </Paragraph>
  );
}

interface EditorProps {
  slug: string;
  current: CodeOfConduct | null;
  onSaved: () => Promise<void>;
}

/** Owners write the code of conduct in Markdown. Every save adds a version that members accept again. */
function CodeOfConductEditor({ slug, current, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(
    () => ({ body: t('moderation.codeOfConduct.bodyLabel'), changeNote: t('moderation.codeOfConduct.changeNoteLabel') }),
    [t],
  );
  const form = useForm('code-of-conduct', labels);
  const [body, setBody] = useState(current?.body ?? '');
  const [changeNote, setChangeNote] = useState('');
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(
      { body, changeNote },
      { body: { required: true, ...LIMITS.codeOfConduct }, changeNote: LIMITS.codeOfConductChangeNote },
    );
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const saved = await codeOfConductApi.update(slug, { body, changeNote: changeNote.trim() || null });
      form.clearErrors();
      announce(t('moderation.codeOfConduct.saved', { version: saved.version }));
      await onSaved();
    } catch (error) {
      form.showServerError(error);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="coc-edit-heading" className="panel">
      <Heading2 id="coc-edit-heading">{t('moderation.codeOfConduct.editTitle')}</Heading2>
      <Paragraph>{t('moderation.codeOfConduct.editIntro')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextAreaField
          form={form}
          name="body"
          rows={12}
          label={labels.body}
          description={<MarkdownHint />}
          value={body}
          onChange={setBody}
        />
        <TextField
          form={form}
          name="changeNote"
          optional
          label={labels.changeNote}
          description={t('moderation.codeOfConduct.changeNoteHint')}
          value={changeNote}
          onChange={setChangeNote}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('moderation.codeOfConduct.save')}
        </Button>
      </form>
    </section>
  );
}
