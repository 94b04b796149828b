import type { NetworkDetail } from '@inclusieplein/contract';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi } from '../../api/endpoints';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { NetworkForm } from '../../forms/NetworkForm';
import { focusElement } from '../../a11y/focus';

export function ProposeNetworkPage() {
  const { t } = useTranslation();
  const [proposal, setProposal] = useState<NetworkDetail | null>(null);

  return (
    <RequireLogin title={t('propose.title')}>
      <PageHeading title={t('propose.title')} />
      {proposal ? (
        <ProposalSent proposal={proposal} onAnother={() => setProposal(null)} />
      ) : (
        <>
          <Paragraph>{t('propose.intro')}</Paragraph>
          <Paragraph>{t('propose.review')}</Paragraph>
          <NetworkForm
            formId="propose"
            submitLabel={t('propose.submit')}
            onSubmit={async ({ ownerEmail: _ignored, ...input }) => {
              const created = await networkApi.propose(input);
              setProposal(created);
            }}
          />
        </>
      )}
    </RequireLogin>
  );
}

function ProposalSent({ proposal, onAnother }: { proposal: NetworkDetail; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  // The form is gone, so focus moves to the confirmation instead of falling back to the page.
  useEffect(() => {
    focusElement(heading.current);
  }, []);

  return (
    <Alert type="ok" role="status">
      <Heading2 ref={heading}>
        {t('propose.sentTitle')}
      </Heading2>
      <Paragraph>{t('propose.sent')}</Paragraph>
      <Paragraph>
        <AppLink to={`/netwerken/${proposal.slug}`}>{t('propose.viewProposal', { name: proposal.name })}</AppLink>
      </Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={onAnother}>
        {t('propose.another')}
      </Button>
    </Alert>
  );
}
