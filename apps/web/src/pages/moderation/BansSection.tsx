import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { focusElement } from '../../a11y/focus';
import { memberModerationApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { ModerationActionForm } from './ModerationActionForm';

/** People banned from the network, who no longer appear in the member list, with a way to lift the ban. */
export function BansSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const bans = useApi(() => memberModerationApi.bans(slug), [slug]);
  const [unbanning, setUnbanning] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="bans-heading">
      <Heading2 id="bans-heading" ref={heading}>
        {t('moderation.bans.title')}
      </Heading2>
      {bans.error !== undefined && <ErrorAlert error={bans.error} />}
      {bans.loading && !bans.data && <Loading />}
      {bans.data && bans.data.length === 0 && <Paragraph>{t('moderation.bans.none')}</Paragraph>}
      {bans.data && bans.data.length > 0 && (
        <ul className="plain-list report-list">
          {bans.data.map((ban) => (
            <li key={ban.person.id} className="report-item">
              <Paragraph>
                <strong>{ban.person.displayName}</strong> ·{' '}
                {t('moderation.bans.by', { name: ban.bannedBy.displayName })}{' '}
                <time dateTime={ban.createdAt}>{format.dateTime(ban.createdAt)}</time>
              </Paragraph>
              <Paragraph>{t('moderation.post.reason', { reason: ban.reason })}</Paragraph>
              <Button
                type="button"
                appearance="secondary-action-button"
                aria-expanded={unbanning === ban.person.id}
                onClick={(event) => {
                  opener.current = event.currentTarget;
                  setUnbanning(unbanning === ban.person.id ? null : ban.person.id);
                }}
              >
                {t('moderation.member.action.unban')}
                <span className="visually-hidden"> {ban.person.displayName}</span>
              </Button>
              {unbanning === ban.person.id && (
                <ModerationActionForm
                  formId={`unban-${ban.person.id}`}
                  title={t('moderation.member.title.unban', { name: ban.person.displayName })}
                  explanation={t('moderation.member.explanation.unban', { name: ban.person.displayName })}
                  reason="none"
                  confirmLabel={t('moderation.member.confirm.unban')}
                  onConfirm={async () => {
                    await memberModerationApi.act(slug, ban.person.id, 'unban', null);
                    setUnbanning(null);
                    announce(t('moderation.member.done.unban', { name: ban.person.displayName }));
                    await bans.reload();
                    focusElement(heading.current);
                  }}
                  onCancel={() => {
                    setUnbanning(null);
                    const button = opener.current;
                    window.setTimeout(() => button?.focus(), 0);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
