import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Called when the person follows a page link, before the URL changes. */
  onNavigate?: () => void;
}

/** Links to the previous, next and each page of results. The current page is marked with `aria-current`. */
export function Pagination({ page, pageCount, hrefFor, onNavigate }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_unused, index) => index + 1);

  return (
    <nav aria-label={t('documents.list.pagingLabel')} className="pagination">
      <ul className="pagination__list">
        {page > 1 && (
          <li>
            <AppLink to={hrefFor(page - 1)} onClick={onNavigate}>
              {t('documents.list.previous')}
            </AppLink>
          </li>
        )}
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page" className="pagination__current">
                {t('documents.list.pageLink', { page: number })}
              </span>
            ) : (
              <AppLink to={hrefFor(number)} onClick={onNavigate}>
                {t('documents.list.pageLink', { page: number })}
              </AppLink>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <AppLink to={hrefFor(page + 1)} onClick={onNavigate}>
              {t('documents.list.next')}
            </AppLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
