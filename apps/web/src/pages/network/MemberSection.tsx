import type { Member, NetworkRole } from '@inclusieplein/contract';
import {
  Button,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { networkApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { mayModerateMember, MemberModerationPanel, type ModeratorLevel } from '../moderation/MemberModeration';

const ROLES: NetworkRole[] = ['member', 'moderator', 'owner'];

interface MemberSectionProps {
  slug: string;
  /** Owners and administrators may change roles; the server checks this again. */
  canManageRoles: boolean;
  currentUserId: string | undefined;
  /** Role of the person as moderator, which decides on whom they may act, or null for members. */
  moderatorLevel?: ModeratorLevel | null;
}

export function MemberSection({ slug, canManageRoles, currentUserId, moderatorLevel = null }: MemberSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useApi(() => networkApi.members(slug), [slug]);
  const [moderating, setModerating] = useState<Member | null>(null);
  const moderateButton = useRef<HTMLButtonElement | null>(null);

  const closeModeration = () => {
    setModerating(null);
    const opener = moderateButton.current;
    window.setTimeout(() => opener?.focus(), 0);
  };

  return (
    <section aria-labelledby="members-heading">
      <Heading2 id="members-heading">{t('members.title')}</Heading2>
      <Paragraph>{t('members.roles')}</Paragraph>
      {members.error !== undefined && <ErrorAlert error={members.error} />}
      {members.loading && !members.data && <Loading />}
      {members.data && (
        <div className="table-scroll" role="region" aria-label={t('members.tableLabel')} tabIndex={0}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('members.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('members.description')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('members.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('members.since')}</TableHeaderCell>
                {moderatorLevel && <TableHeaderCell scope="col">{t('moderation.member.column')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.data.map((member) => (
                <TableRow key={member.person.id}>
                  <TableHeaderCell scope="row">
                    {member.person.displayName}
                    {member.person.id === currentUserId && ` ${t('members.you')}`}
                  </TableHeaderCell>
                  <TableCell>{member.person.roleDescription ?? '—'}</TableCell>
                  <TableCell>
                    {canManageRoles ? (
                      <RoleEditor slug={slug} member={member} onChanged={() => void members.reload()} />
                    ) : (
                      t(`networks.role.${member.role}`)
                    )}
                  </TableCell>
                  <TableCell>
                    <time dateTime={member.joinedAt}>{format.date(member.joinedAt)}</time>
                  </TableCell>
                  {moderatorLevel && (
                    <TableCell>
                      {mayModerateMember(moderatorLevel, member, currentUserId) ? (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          aria-expanded={moderating?.person.id === member.person.id}
                          aria-controls={moderating?.person.id === member.person.id ? 'member-moderation' : undefined}
                          onClick={(event) => {
                            moderateButton.current = event.currentTarget;
                            setModerating(moderating?.person.id === member.person.id ? null : member);
                          }}
                        >
                          {t('moderation.member.open')}
                          <span className="visually-hidden"> {member.person.displayName}</span>
                        </Button>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {moderatorLevel && moderating && (
        <MemberModerationPanel
          key={moderating.person.id}
          slug={slug}
          member={moderating}
          onClose={closeModeration}
          onMembershipChanged={() => void members.reload()}
        />
      )}
    </section>
  );
}

function RoleEditor({ slug, member, onChanged }: { slug: string; member: Member; onChanged: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [role, setRole] = useState<NetworkRole>(member.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const selectId = `role-${member.person.id}`;
  const name = member.person.displayName;

  const save = async () => {
    if (busy || role === member.role) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await networkApi.changeRole(slug, member.person.id, role);
      announce(t('members.roleChanged', { name, role: t(`networks.role.${role}`) }));
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="role-editor">
      <label htmlFor={selectId} className="visually-hidden">
        {t('members.roleOf', { name })}
      </label>
      <Select id={selectId} value={role} onChange={(event) => setRole(event.target.value as NetworkRole)}>
        {ROLES.map((option) => (
          <SelectOption key={option} value={option}>
            {t(`networks.role.${option}`)}
          </SelectOption>
        ))}
      </Select>
      <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void save()}>
        {t('members.saveRole')}
        <span className="visually-hidden"> {t('members.forPerson', { name })}</span>
      </Button>
      {error !== undefined && <ErrorAlert error={error} />}
    </div>
  );
}
