import type { DocumentChangedEvent, NetworkDetail } from '@inclusieplein/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { documentApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useNetworkRoom, useSocketEvent } from '../../realtime/useRealtime';
import { useSession } from '../../session/SessionContext';
import { DocumentHit } from './DocumentHit';
import { documentPaths } from './documentPaths';

/** Number of documents the network page shows. The rest is on the document overview. */
const LATEST_COUNT = 5;

/** Shows the latest documents of one network on its page, and announces a document that someone adds. */
export function NetworkDocumentsSection({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { user } = useSession();
  const documents = useApi(() => documentApi.ofNetwork(network.slug, { archived: 'exclude' }), [network.slug]);
  const canAdd = network.myRole !== null && network.status === 'active';
  useNetworkRoom(network.id);

  const onChanged = useCallback(
    (event: DocumentChangedEvent) => {
      if (event.networkId !== network.id) return;
      void documents.reload();
      // NOTE: the event names the actor only by display name, so a document added by someone with the same name is not announced.
      if (event.change === 'created' && event.actorDisplayName !== user?.displayName) {
        announce(t('documents.section.newDocument', { title: event.title }));
      }
    },
    [network.id, documents.reload, user?.displayName, announce, t],
  );
  useSocketEvent('document.changed', onChanged);

  const latest = documents.data?.items.slice(0, LATEST_COUNT) ?? [];

  return (
    <section aria-labelledby="network-documents-heading">
      <Heading2 id="network-documents-heading">{t('documents.section.title')}</Heading2>
      {canAdd && (
        <Paragraph>
          <AppLink to={documentPaths.create(network.slug)} appearance="secondary-button">
            {t('documents.list.add')}
          </AppLink>
        </Paragraph>
      )}
      {documents.error !== undefined && <ErrorAlert error={documents.error} />}
      {documents.loading && !documents.data && <Loading />}
      {documents.data && latest.length === 0 && <Paragraph>{t('documents.section.none')}</Paragraph>}
      {latest.length > 0 && (
        <ul className="card-list">
          {latest.map((hit) => (
            <DocumentHit key={hit.id} hit={hit} showPlace={false} />
          ))}
        </ul>
      )}
      {documents.data && documents.data.total > 0 && (
        <Paragraph>
          <AppLink to={documentPaths.ofNetwork(network.slug)}>{t('documents.section.all')}</AppLink>
        </Paragraph>
      )}
    </section>
  );
}
