import type { Member, MemberModerationStatus } from '@inclusieplein/contract';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { focusElement } from '../../a11y/focus';
import { memberModerationApi, type MemberModerationAction } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { ModerationActionForm, type ReasonRule } from './ModerationActionForm';
import { useActionToggle } from './useActionToggle';

/** Role of the person who moderates: moderators may act on members only, owners and administrators also on moderators. */
export type ModeratorLevel = 'moderator' | 'owner' | 'admin';

/** Returns whether a moderator at `level` may warn, mute, remove or ban `member`. Owners and the moderator themselves are always excluded. */
export function mayModerateMember(level: ModeratorLevel, member: Member, currentUserId: string | undefined): boolean {
  if (member.person.id === currentUserId || member.role === 'owner') {
    return false;
  }
  return member.role === 'member' || level !== 'moderator';
}

const REASON_RULES: Record<MemberModerationAction, ReasonRule> = {
  warn: 'required',
  mute: 'optional',
  unmute: 'none',
  remove: 'optional',
  ban: 'required',
  unban: 'none',
};

type MutePeriod = 'hour' | 'day' | 'week' | 'custom';
const MUTE_PERIODS: MutePeriod[] = ['hour', 'day', 'week', 'custom'];
const PERIOD_MS: Record<Exclude<MutePeriod, 'custom'>, number> = { hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
/** Max mute length the API accepts: 365 days, in milliseconds. */
const MAX_MUTE_MS = 365 * 86_400_000;

interface MemberModerationPanelProps {
  slug: string;
  member: Member;
  /** Closes the panel. The caller returns focus to the button that opened it. */
  onClose: () => void;
  /** Called after a removal or ban, so the member list loads again. */
  onMembershipChanged: () => void;
}

/** Shows a member's moderation status (mute, ban, warnings) with the actions a moderator can take on them. */
export function MemberModerationPanel({ slug, member, onClose, onMembershipChanged }: MemberModerationPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const status = useApi(() => memberModerationApi.status(slug, member.person.id), [slug, member.person.id]);
  const toggle = useActionToggle<MemberModerationAction>();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = member.person.displayName;

  useEffect(() => {
    focusElement(heading.current);
  }, []);

  const finished = (action: MemberModerationAction, next: MemberModerationStatus) => {
    toggle.finish();
    status.setData(next);
    announce(t(`moderation.member.done.${action}`, { name }));
    if (action === 'remove' || action === 'ban') {
      onMembershipChanged();
    }
    focusElement(heading.current);
  };

  const data = status.data;
  const actions: MemberModerationAction[] = data
    ? [
        'warn',
        data.mutedUntil ? 'unmute' : 'mute',
        ...(data.role !== null ? (['remove'] as const) : []),
        data.ban ? 'unban' : 'ban',
      ]
    : [];

  return (
    <section aria-labelledby="member-moderation-heading" className="panel member-moderation" id="member-moderation">
      <Heading3 id="member-moderation-heading" ref={heading}>
        {t('moderation.member.panelTitle', { name })}
      </Heading3>
      {status.error !== undefined && <ErrorAlert error={status.error} />}
      {status.loading && !data && <Loading />}
      {data && (
        <>
          <ul className="plain-list member-moderation__facts">
            <li>
              {data.mutedUntil ? (
                <>
                  {t('moderation.member.mutedUntil')} <time dateTime={data.mutedUntil}>{format.dateTime(data.mutedUntil)}</time>
                  {data.muteReason && <> · {t('moderation.post.reason', { reason: data.muteReason })}</>}
                </>
              ) : (
                t('moderation.member.notMuted')
              )}
            </li>
            <li>{data.ban ? t('moderation.member.banned', { reason: data.ban.reason }) : t('moderation.member.notBanned')}</li>
            <li>{t('moderation.member.warnings', { count: data.warnings.length })}</li>
            <li>{t('moderation.member.approvedPosts', { count: data.approvedPostCount })}</li>
          </ul>
          {data.warnings.length > 0 && (
            <ul className="member-moderation__warnings">
              {data.warnings.map((warning) => (
                <li key={warning.id}>
                  <time dateTime={warning.createdAt}>{format.dateTime(warning.createdAt)}</time>:{' '}
                  {t('moderation.member.warningBy', { reason: warning.reason, name: warning.issuedBy.displayName })}
                </li>
              ))}
            </ul>
          )}
          <ButtonGroup>
            {actions.map((action) => (
              <Button
                key={action}
                type="button"
                appearance="secondary-action-button"
                hint={action === 'ban' || action === 'remove' ? 'danger' : undefined}
                aria-expanded={toggle.open === action}
                onClick={(event) => (toggle.open === action ? toggle.cancel() : toggle.start(action, event.currentTarget))}
              >
                {t(`moderation.member.action.${action}`)}
              </Button>
            ))}
            <Button type="button" appearance="subtle-button" onClick={onClose}>
              {t('moderation.member.close')}
            </Button>
          </ButtonGroup>
          {toggle.open === 'mute' && (
            <MuteForm slug={slug} member={member} onDone={(next) => finished('mute', next)} onCancel={toggle.cancel} />
          )}
          {toggle.open && toggle.open !== 'mute' && (
            <ModerationActionForm
              key={toggle.open}
              formId={`member-${toggle.open}`}
              title={t(`moderation.member.title.${toggle.open}`, { name })}
              explanation={t(`moderation.member.explanation.${toggle.open}`, { name })}
              reason={REASON_RULES[toggle.open]}
              reasonHint={t('moderation.member.reasonHint')}
              confirmLabel={t(`moderation.member.confirm.${toggle.open}`)}
              onConfirm={async (reason) => {
                const action = toggle.open as Exclude<MemberModerationAction, 'mute'>;
                const next = await memberModerationApi.act(slug, member.person.id, action, reason);
                finished(action, next);
              }}
              onCancel={toggle.cancel}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Formats a date as the value of a `datetime-local` field, in the browser's time zone. */
function localInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function MuteForm({
  slug,
  member,
  onDone,
  onCancel,
}: {
  slug: string;
  member: Member;
  onDone: (status: MemberModerationStatus) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<MutePeriod>('day');
  const [custom, setCustom] = useState('');
  const name = member.person.displayName;
  const extraLabels = useMemo(() => ({ until: t('moderation.member.muteUntilLabel') }), [t]);
  const baseId = 'member-mute';
  const untilId = `${baseId}-until`;
  const [untilError, setUntilError] = useState(false);

  const endOfMute = (): Date | null => {
    if (period !== 'custom') {
      return new Date(Date.now() + PERIOD_MS[period]);
    }
    const chosen = new Date(custom);
    const now = Date.now();
    if (!custom || Number.isNaN(chosen.getTime()) || chosen.getTime() <= now || chosen.getTime() > now + MAX_MUTE_MS) {
      return null;
    }
    return chosen;
  };

  return (
    <ModerationActionForm
      formId={baseId}
      title={t('moderation.member.title.mute', { name })}
      explanation={t('moderation.member.explanation.mute', { name })}
      reason="optional"
      reasonHint={t('moderation.member.reasonHint')}
      confirmLabel={t('moderation.member.confirm.mute')}
      extraLabels={extraLabels}
      checkExtra={() => {
        const invalid = endOfMute() === null;
        setUntilError(invalid);
        return invalid ? { until: { code: 'invalid_date' } } : {};
      }}
      onConfirm={async (reason) => {
        const until = endOfMute();
        if (!until) {
          return;
        }
        onDone(await memberModerationApi.mute(slug, member.person.id, { mutedUntil: until.toISOString(), reason }));
      }}
      onCancel={onCancel}
    >
      <Fieldset>
        <FieldsetLegend>{t('moderation.member.periodLegend')}</FieldsetLegend>
        {MUTE_PERIODS.map((choice) => {
          const inputId = choice === 'custom' ? `${baseId}-period-custom` : `${baseId}-period-${choice}`;
          return (
            <div className="radio-option" key={choice}>
              <RadioButton
                id={inputId}
                name={`${baseId}-period`}
                value={choice}
                checked={period === choice}
                onChange={() => setPeriod(choice)}
              />
              <FormLabel htmlFor={inputId} type="radio">
                {t(`moderation.member.period.${choice}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>
      {period === 'custom' && (
        <div className="utrecht-form-field">
          <FormLabel htmlFor={untilId}>{extraLabels.until}</FormLabel>
          <Paragraph id={`${untilId}-hint`} className="utrecht-form-field-description">
            {t('moderation.member.muteUntilHint')}
          </Paragraph>
          {untilError && (
            <FormFieldErrorMessage id={`${untilId}-error`}>
              {t('errors.field.invalid_date', { label: extraLabels.until })}
            </FormFieldErrorMessage>
          )}
          <Textbox
            id={untilId}
            type="datetime-local"
            value={custom}
            min={localInputValue(new Date())}
            invalid={untilError}
            aria-invalid={untilError || undefined}
            aria-describedby={[`${untilId}-hint`, untilError ? `${untilId}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => setCustom(event.target.value)}
          />
        </div>
      )}
    </ModerationActionForm>
  );
}
