import type { ThreadDetail } from '@inclusieplein/contract';
import { Alert, Button, ButtonGroup, FormLabel, Heading2, Paragraph, Select, SelectOption, StatusBadge } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { focusElement } from '../../a11y/focus';
import { networkApi } from '../../api/endpoints';
import { threadModerationApi, type ThreadModerationAction } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { useSocketEvent } from '../../realtime/useRealtime';
import { useSession } from '../../session/SessionContext';
import { ModerationActionForm } from './ModerationActionForm';
import { moderationPaths } from './moderationPaths';
import { useActionToggle } from './useActionToggle';

/** Shows every reader that a thread is pinned or locked, and why it was locked. */
export function ThreadStatusNotice({ thread }: { thread: ThreadDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {thread.pinned && <Paragraph className="thread-status">{t('moderation.thread.pinnedNotice')}</Paragraph>}
      {thread.locked && (
        <Alert type="info" role="none">
          <Paragraph>{t('moderation.thread.lockedNotice')}</Paragraph>
          {thread.lockReason && <Paragraph>{t('moderation.post.reason', { reason: thread.lockReason })}</Paragraph>}
        </Alert>
      )}
    </>
  );
}

/**
 * Loads the thread again when a moderator locks, unlocks, pins, unpins or moves it, so every
 * reader sees the new state. The thread page must have joined the thread's room.
 */
export function useReloadOnThreadChange(threadId: string, reload: () => Promise<unknown>): void {
  useSocketEvent('thread.updated', (event) => {
    if (event.threadId === threadId) {
      void reload();
    }
  });
}

/** Marks a thread in a list as pinned or locked, in words, so the meaning never depends on an icon. */
export function ThreadFlags({ pinned, locked }: { pinned: boolean; locked: boolean }) {
  const { t } = useTranslation();
  if (!pinned && !locked) {
    return null;
  }
  return (
    <div className="badge-row">
      {pinned && (
        <StatusBadge status="neutral" className="badge">
          {t('moderation.thread.pinnedBadge')}
        </StatusBadge>
      )}
      {locked && (
        <StatusBadge status="neutral" className="badge">
          {t('moderation.thread.lockedBadge')}
        </StatusBadge>
      )}
    </div>
  );
}

type ThreadAction = ThreadModerationAction | 'move';

interface ThreadModerationPanelProps {
  thread: ThreadDetail;
  /** Loads the thread again after an action that keeps it in this network. */
  onChanged: () => Promise<unknown>;
}

/** Moderator tools for a whole thread: lock or unlock, pin or unpin, and move to another network. */
export function ThreadModerationPanel({ thread, onChanged }: ThreadModerationPanelProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const toggle = useActionToggle<ThreadAction>();
  const heading = useRef<HTMLHeadingElement>(null);

  const act = async (action: ThreadModerationAction, reason: string | null) => {
    await threadModerationApi.act(thread.id, action, reason);
    toggle.finish();
    announce(t(`moderation.thread.done.${action}`));
    await onChanged();
    focusElement(heading.current);
  };

  const button = (action: ThreadAction, label: string) => (
    <Button
      type="button"
      appearance="secondary-action-button"
      aria-expanded={toggle.open === action}
      onClick={(event) => (toggle.open === action ? toggle.cancel() : toggle.start(action, event.currentTarget))}
    >
      {label}
    </Button>
  );

  const simpleAction = (action: ThreadModerationAction) => (
    <ModerationActionForm
      formId={`thread-${action}`}
      title={t(`moderation.thread.title.${action}`)}
      explanation={t(`moderation.thread.explanation.${action}`)}
      reason="optional"
      reasonHint={action === 'lock' ? t('moderation.thread.lockReasonHint') : undefined}
      confirmLabel={t(`moderation.thread.confirm.${action}`)}
      onConfirm={(reason) => act(action, reason)}
      onCancel={toggle.cancel}
    />
  );

  return (
    <section aria-labelledby="thread-moderation-heading" className="panel">
      <Heading2 id="thread-moderation-heading" ref={heading}>
        {t('moderation.thread.panelTitle')}
      </Heading2>
      <ButtonGroup>
        {thread.locked ? button('unlock', t('moderation.thread.unlock')) : button('lock', t('moderation.thread.lock'))}
        {thread.pinned ? button('unpin', t('moderation.thread.unpin')) : button('pin', t('moderation.thread.pin'))}
        {!thread.plan && button('move', t('moderation.thread.move'))}
      </ButtonGroup>
      {toggle.open && toggle.open !== 'move' && simpleAction(toggle.open)}
      {toggle.open === 'move' && (
        <MoveThreadForm
          thread={thread}
          onMoved={(slug) => {
            toggle.finish();
            announce(t('moderation.thread.done.move'));
            // The route change moves focus to the thread's heading on its new address.
            navigate(moderationPaths.thread(slug, thread.id));
          }}
          onCancel={toggle.cancel}
        />
      )}
    </section>
  );
}

function MoveThreadForm({ thread, onMoved, onCancel }: { thread: ThreadDetail; onMoved: (slug: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const networks = useApi(() => networkApi.list(), []);
  const [target, setTarget] = useState('');
  const targets = useMemo(
    () =>
      (networks.data?.networks ?? []).filter(
        (network) =>
          network.id !== thread.network.id &&
          network.status === 'active' &&
          (user?.isAdmin || network.myRole === 'moderator' || network.myRole === 'owner'),
      ),
    [networks.data, thread.network.id, user],
  );
  const extraLabels = useMemo(() => ({ networkId: t('moderation.thread.moveTarget') }), [t]);
  const selectId = 'thread-move-networkId';

  return (
    <ModerationActionForm
      formId="thread-move"
      title={t('moderation.thread.title.move')}
      explanation={t('moderation.thread.explanation.move')}
      reason="optional"
      confirmLabel={t('moderation.thread.confirm.move')}
      extraLabels={extraLabels}
      checkExtra={() => (target ? {} : { networkId: { code: 'required' } })}
      onConfirm={async (reason) => {
        await threadModerationApi.move(thread.id, { networkId: target, reason });
        const slug = targets.find((network) => network.id === target)?.slug ?? thread.network.slug;
        onMoved(slug);
      }}
      onCancel={onCancel}
    >
      {networks.data && targets.length === 0 ? (
        <Paragraph>{t('moderation.thread.noMoveTargets')}</Paragraph>
      ) : (
        <div className="utrecht-form-field">
          <FormLabel htmlFor={selectId}>{extraLabels.networkId}</FormLabel>
          <Select id={selectId} value={target} aria-required onChange={(event) => setTarget(event.target.value)}>
            <SelectOption value="">{t('moderation.thread.moveChoose')}</SelectOption>
            {targets.map((network) => (
              <SelectOption key={network.id} value={network.id}>
                {network.name}
              </SelectOption>
            ))}
          </Select>
        </div>
      )}
    </ModerationActionForm>
  );
}
