import type { NetworkDetail } from '@inclusieplein/contract';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../../api/endpoints';
import { AppLink } from '../../components/AppLink';
import { NetworkForm } from '../../forms/NetworkForm';
import { focusElement } from '../../a11y/focus';

/** Form for administrators to create an active network at once, optionally with another owner. */
export function CreateNetworkSection() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<NetworkDetail | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) {
      focusElement(confirmation.current);
    }
  }, [created]);

  return (
    <section id="netwerk-maken" aria-labelledby="create-network-heading" className="panel">
      <Heading2 id="create-network-heading">{t('admin.create.title')}</Heading2>
      <Paragraph>{t('admin.create.intro')}</Paragraph>
      {created && (
        <Alert type="ok" role="status" ref={confirmation}>
          <Paragraph>
            {t('admin.create.done', { name: created.name })}{' '}
            <AppLink to={`/netwerken/${created.slug}`}>{t('admin.create.view', { name: created.name })}</AppLink>
          </Paragraph>
        </Alert>
      )}
      <NetworkForm
        formId="admin-create"
        withOwnerEmail
        submitLabel={t('admin.create.submit')}
        onSubmit={async ({ ownerEmail, ...input }) => {
          setCreated(null);
          const network = await adminApi.createNetwork({ ...input, ownerEmail: ownerEmail.trim() || null });
          setCreated(network);
        }}
      />
    </section>
  );
}
