import type { NetworkDetail } from '@inclusieplein/contract';
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** Description and facts of a network: purpose, theme, articles, municipalities and people. */
export function NetworkInfo({ network }: { network: NetworkDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const articles = [...network.crpdArticles].sort((a, b) => a.number - b.number);

  return (
    <section aria-labelledby="network-about-heading">
      <Heading2 id="network-about-heading">{t('network.about')}</Heading2>
      <Paragraph>{network.description}</Paragraph>
      <DataList className="network-facts">
        <DataListItem>
          <DataListKey>{t('networks.theme')}</DataListKey>
          <DataListValue>{network.theme}</DataListValue>
        </DataListItem>
        {network.purpose && (
          <DataListItem>
            <DataListKey>{t('network.purpose')}</DataListKey>
            <DataListValue multiline>{network.purpose}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('network.members')}</DataListKey>
          <DataListValue>
            {t('networks.memberCount', { count: network.memberCount, formatted: format.number(network.memberCount) })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('network.articles')}</DataListKey>
          <DataListValue>
            {articles.length === 0 ? (
              t('network.noneChosen')
            ) : (
              <ul className="plain-list">
                {articles.map((article) => (
                  <li key={article.number}>
                    {t('networkForm.crpd.article', {
                      number: article.number,
                      title: i18n.language === 'en' ? article.titleEn : article.titleNl,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('network.municipalities')}</DataListKey>
          <DataListValue>
            {network.municipalities.length === 0
              ? t('network.noneChosen')
              : network.municipalities.map((municipality) => municipality.name).join(', ')}
          </DataListValue>
        </DataListItem>
        {network.partnerOrganisations && (
          <DataListItem>
            <DataListKey>{t('network.partners')}</DataListKey>
            <DataListValue multiline>{network.partnerOrganisations}</DataListValue>
          </DataListItem>
        )}
        {network.coordinator && (
          <DataListItem>
            <DataListKey>{t('network.coordinator')}</DataListKey>
            <DataListValue>{network.coordinator}</DataListValue>
          </DataListItem>
        )}
        {network.proposedBy && (
          <DataListItem>
            <DataListKey>{t('network.proposedBy')}</DataListKey>
            <DataListValue>{network.proposedBy.displayName}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('network.createdAt')}</DataListKey>
          <DataListValue>
            <time dateTime={network.createdAt}>{format.date(network.createdAt)}</time>
          </DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}
