import type { NetworkSummary, UploadedFile } from '@inclusieplein/contract';
import { Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi } from '../../api/endpoints';
import type { FieldProblem } from '../../api/errorText';
import { documentApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { RequireLogin } from '../../components/RequireLogin';
import { FieldFrame } from '../../forms/fields';
import { useForm } from '../../forms/useForm';
import { useSession } from '../../session/SessionContext';
import { DocumentForm, useDocumentLabels } from './DocumentForm';
import { documentPaths } from './documentPaths';
import { EMPTY_DOCUMENT, metadataInput, withSuggestions, type DocumentFormValues } from './documentValues';
import { FileUpload } from './FileUpload';
import { focusAfterPaint } from './focusAfterPaint';

/** Value of the place field for the platform-wide library. Network places use their slug. */
const LIBRARY = 'library';

export function NewDocumentPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('documents.create.title')}>
      <NewDocumentContent />
    </RequireLogin>
  );
}

function NewDocumentContent() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [parameters] = useSearchParams();
  const limits = useApi(() => documentApi.limits(), []);
  const networks = useApi(() => networkApi.list(), []);
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [values, setValues] = useState<DocumentFormValues>(EMPTY_DOCUMENT);
  const [place, setPlace] = useState(parameters.get('netwerk') ?? '');
  const describeHeading = useRef<HTMLHeadingElement>(null);
  const [focusDescribe, setFocusDescribe] = useState(false);

  const mayUseLibrary = Boolean(user?.isLibraryEditor || user?.isAdmin);
  const memberNetworks = useMemo<NetworkSummary[]>(
    () => (networks.data?.networks ?? []).filter((network) => network.myRole !== null && network.status === 'active'),
    [networks.data],
  );
  const labels = useDocumentLabels({ place: t('documents.form.place') });
  const form = useForm('new-document', labels);

  // With one possible place, it is chosen already. A `?netwerk=` the person may not use is dropped.
  useEffect(() => {
    if (!networks.data) return;
    const allowed = [...memberNetworks.map((network) => network.slug), ...(mayUseLibrary ? [LIBRARY] : [])];
    setPlace((current) => {
      if (allowed.includes(current)) return current;
      return allowed.length === 1 ? allowed[0] : '';
    });
  }, [networks.data, memberNetworks, mayUseLibrary]);

  useEffect(() => {
    if (focusDescribe && upload) {
      setFocusDescribe(false);
      // The step's select fields appear in the same change, so focus moves after they are drawn.
      // The move is not cancelled here, because resetting focusDescribe runs this effect's cleanup.
      focusAfterPaint(() => describeHeading.current);
    }
  }, [focusDescribe, upload]);

  const onReady = (file: UploadedFile | null, reason: 'uploaded' | 'confirmed') => {
    setUpload(file);
    if (file) {
      setValues((current) => withSuggestions(current, file));
      setFocusDescribe(reason === 'confirmed');
    }
  };

  const save = async (current: DocumentFormValues) => {
    if (!upload) return;
    const body = { ...metadataInput(current), uploadId: upload.uploadId };
    const created = place === LIBRARY ? await documentApi.createInLibrary(body) : await documentApi.createInNetwork(place, body);
    announce(t('documents.create.done'));
    navigate(documentPaths.view(created.id));
  };

  const noPlace = networks.data !== undefined && memberNetworks.length === 0 && !mayUseLibrary;

  return (
    <>
      <PageHeading title={t('documents.create.title')} />
      <Paragraph>{t('documents.create.intro')}</Paragraph>
      {noPlace && <Paragraph>{t('documents.create.noPlace')}</Paragraph>}

      <FileUpload id="new-document-upload" title={t('documents.create.stepFile')} limits={limits.data} limitsError={limits.error} onReady={onReady} />

      {upload && (
        <section aria-labelledby="new-document-describe-heading" className="panel">
          <Heading2 ref={describeHeading} id="new-document-describe-heading">
            {t('documents.create.stepDescribe')}
          </Heading2>
          <Paragraph>{t('documents.create.describeIntro')}</Paragraph>
          <DocumentForm
            form={form}
            values={values}
            onChange={setValues}
            submitLabel={t('documents.create.submit')}
            checkExtra={(): Record<string, FieldProblem> => (place ? {} : { place: { code: 'required' } })}
            onSubmit={save}
            extraFields={
              <FieldFrame form={form} name="place" label={t('documents.form.place')} description={t('documents.form.placeHint')}>
                {(ids, invalid) => (
                  <Select
                    id={ids.id}
                    name="place"
                    value={place}
                    invalid={invalid}
                    busy={networks.data === undefined}
                    aria-invalid={invalid || undefined}
                    aria-describedby={ids.describedBy}
                    aria-required
                    onChange={(event) => setPlace(event.target.value)}
                  >
                    <SelectOption value="">{t('documents.form.choosePlace')}</SelectOption>
                    {mayUseLibrary && <SelectOption value={LIBRARY}>{t('documents.library')}</SelectOption>}
                    {memberNetworks.map((network) => (
                      <SelectOption key={network.slug} value={network.slug}>
                        {t('documents.form.placeNetwork', { name: network.name })}
                      </SelectOption>
                    ))}
                  </Select>
                )}
              </FieldFrame>
            }
          />
        </section>
      )}
    </>
  );
}
