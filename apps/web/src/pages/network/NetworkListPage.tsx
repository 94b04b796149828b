import type { ExternalNetwork, NetworkSummary } from '@inclusieplein/contract';
import { FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { EasyReadLink } from '../../components/EasyReadLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useSession } from '../../session/SessionContext';
import { NetworkCard } from './NetworkCard';

function matches(network: NetworkSummary, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase('nl');
  if (needle === '') {
    return true;
  }
  return [network.name, network.theme, network.description].some((text) =>
    text.toLocaleLowerCase('nl').includes(needle),
  );
}

/** Typing pause before the result count updates, so screen readers announce the count once instead of per keystroke. */
const COUNT_DELAY_MS = 700;

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function NetworkListPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const list = useApi(() => networkApi.list(), []);
  const [query, setQuery] = useState('');

  const networks = useMemo(() => (list.data?.networks ?? []).filter((network) => matches(network, query)), [list.data, query]);
  const [spokenCount, setSpokenCount] = useState<number | null>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setSpokenCount(networks.length), COUNT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [networks.length]);

  return (
    <>
      <PageHeading title={t('networks.listTitle')} />
      <EasyReadLink to="/makkelijk-lezen/themanetwerk" />
      <Paragraph>{t('networks.explanation')}</Paragraph>
      {user && (
        <Paragraph>
          <AppLink to="/netwerken/voorstellen">{t('networks.proposeLink')}</AppLink>
        </Paragraph>
      )}

      {list.error !== undefined && <ErrorAlert error={list.error} />}
      {list.loading && !list.data && <Loading />}

      {list.data && (
        <>
          <div role="search" className="network-search">
            <FormField
              label={<FormLabel htmlFor="network-search">{t('networks.searchLabel')}</FormLabel>}
              description={<FormFieldDescription id="network-search-hint">{t('networks.searchHint')}</FormFieldDescription>}
              input={
                <Textbox
                  id="network-search"
                  type="search"
                  value={query}
                  aria-describedby="network-search-hint"
                  onChange={(event) => setQuery(event.target.value)}
                />
              }
            />
            <Paragraph id="network-search-count" role="status">
              {t('networks.found', { count: spokenCount ?? networks.length })}
            </Paragraph>
          </div>

          <Heading2>{t('networks.onInclusieplein')}</Heading2>
          {networks.length === 0 ? (
            <Paragraph>{query ? t('networks.noMatch') : t('networks.none')}</Paragraph>
          ) : (
            <ul className="card-list">
              {networks.map((network) => (
                <li key={network.id}>
                  <NetworkCard network={network} />
                </li>
              ))}
            </ul>
          )}

          <ExternalNetworkList networks={list.data.externalNetworks} domainOf={domainOf} />
        </>
      )}
    </>
  );
}

function ExternalNetworkList({ networks, domainOf }: { networks: ExternalNetwork[]; domainOf: (url: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading2>{t('networks.externalTitle')}</Heading2>
      <Paragraph>{t('networks.externalIntro')}</Paragraph>
      {networks.length === 0 ? (
        <Paragraph>{t('networks.externalNone')}</Paragraph>
      ) : (
        <ul className="card-list">
          {networks.map((network) => (
            <li key={network.id} className="card">
              <h3 className="utrecht-heading-3">
                <a className="utrecht-link utrecht-link--html-a" href={network.url}>
                  {network.name}
                </a>{' '}
                <span className="domain">({domainOf(network.url)})</span>
              </h3>
              {network.organisation && <Paragraph>{t('networks.externalBy', { organisation: network.organisation })}</Paragraph>}
              {network.description && <Paragraph>{network.description}</Paragraph>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
