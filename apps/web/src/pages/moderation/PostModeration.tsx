import type { Post } from '@inclusieplein/contract';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { threadApi } from '../../api/endpoints';
import { postModerationApi } from '../../api/moderationEndpoints';
import { ErrorAlert } from '../../components/ErrorText';
import { useFormat } from '../../i18n/format';
import { PostBodyForm } from '../thread/PostBodyForm';
import { ModerationActionForm } from './ModerationActionForm';
import { ReportButton } from './ReportForm';
import { useActionToggle } from './useActionToggle';

interface PostModerationNoticeProps {
  post: Post;
  isAuthor: boolean;
  canModerate: boolean;
}

/**
 * Explains why a post is not shown as usual: hidden by a moderator, waiting for approval, or rejected.
 * Others than the author and moderators get no body for a hidden post, so they see only the placeholder.
 */
export function PostModerationNotice({ post, isAuthor, canModerate }: PostModerationNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (post.deleted) {
    return null;
  }
  if (post.approval === 'pending') {
    return (
      <Alert type="info" role="none" className="post__moderation">
        <Paragraph>{isAuthor ? t('moderation.post.pendingAuthor') : t('moderation.post.pendingModerator')}</Paragraph>
      </Alert>
    );
  }
  if (post.approval === 'rejected') {
    return (
      <Alert type="warning" role="none" className="post__moderation">
        <Paragraph>{isAuthor ? t('moderation.post.rejectedAuthor') : t('moderation.post.rejectedModerator')}</Paragraph>
        {post.hidden?.reason && <Paragraph>{t('moderation.post.reason', { reason: post.hidden.reason })}</Paragraph>}
      </Alert>
    );
  }
  if (!post.hidden) {
    return null;
  }
  if (isAuthor || canModerate) {
    return (
      <Alert type="warning" role="none" className="post__moderation">
        <Paragraph>
          {isAuthor
            ? t('moderation.post.hiddenAuthor', { reason: post.hidden.reason })
            : t('moderation.post.hiddenModerator', { reason: post.hidden.reason })}
        </Paragraph>
        <Paragraph>
          {t('moderation.post.hiddenOn')} <time dateTime={post.hidden.hiddenAt}>{format.dateTime(post.hidden.hiddenAt)}</time>
        </Paragraph>
      </Alert>
    );
  }
  return <Paragraph className="post__deleted">{t('moderation.post.hiddenPlaceholder')}</Paragraph>;
}

/** Returns whether the post's body is withheld from this reader, so the placeholder replaces it. */
export function isBodyWithheld(post: Post): boolean {
  return post.hidden !== null && post.bodyHtml === null && !post.deleted;
}

type PostAction = 'hide' | 'restore' | 'reject' | 'edit';

interface PostModerationToolsProps {
  post: Post;
  isAuthor: boolean;
  canModerate: boolean;
  canReport: boolean;
  /** Loads the thread again after an action. */
  onChanged: () => Promise<void>;
  /** Moves focus to the post after an action, once the thread has loaded again. */
  focusPost: () => void;
}

/** Report button for readers, and the moderator's actions on one post, each with its confirm step. */
export function PostModerationTools({ post, isAuthor, canModerate, canReport, onChanged, focusPost }: PostModerationToolsProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const toggle = useActionToggle<PostAction>();
  const [error, setError] = useState<unknown>(undefined);
  const name = post.author.displayName;
  const formId = `post-moderation-${post.id}`;

  if (post.deleted) {
    return null;
  }

  const done = async (message: string) => {
    toggle.finish();
    announce(message);
    await onChanged();
    focusPost();
  };

  const approve = async () => {
    setError(undefined);
    try {
      await postModerationApi.approve(post.id);
      await done(t('moderation.post.approved', { name }));
    } catch (caught) {
      setError(caught);
    }
  };

  const button = (action: PostAction, label: string, hint?: 'danger') => (
    <Button
      type="button"
      appearance="subtle-button"
      hint={hint}
      aria-expanded={toggle.open === action}
      onClick={(event) => (toggle.open === action ? toggle.cancel() : toggle.start(action, event.currentTarget))}
    >
      {label}
      <span className="visually-hidden"> {t('moderation.post.ofPerson', { name })}</span>
    </Button>
  );

  return (
    <div className="post__moderation-tools">
      {canReport && !isAuthor && <ReportButton target={{ type: 'post', id: post.id }} authorName={name} />}
      {canModerate && (
        <>
          <ButtonGroup aria-label={t('moderation.post.toolsLabel', { name })} role="group">
            {post.approval === 'pending' && (
              <Button type="button" appearance="secondary-action-button" onClick={() => void approve()}>
                {t('moderation.post.approve')}
                <span className="visually-hidden"> {t('moderation.post.ofPerson', { name })}</span>
              </Button>
            )}
            {post.approval === 'pending' && button('reject', t('moderation.post.reject'), 'danger')}
            {post.approval === 'approved' && !post.hidden && button('hide', t('moderation.post.hide'), 'danger')}
            {post.approval === 'approved' && post.hidden && button('restore', t('moderation.post.restore'))}
            {!isAuthor && post.body !== null && button('edit', t('moderation.post.edit'))}
          </ButtonGroup>
          {error !== undefined && <ErrorAlert error={error} />}
          {toggle.open === 'hide' && (
            <ModerationActionForm
              formId={`${formId}-hide`}
              title={t('moderation.post.hideTitle', { name })}
              explanation={t('moderation.post.hideExplanation')}
              reason="required"
              reasonHint={t('moderation.post.reasonSeenByAuthor')}
              confirmLabel={t('moderation.post.hideConfirm')}
              onConfirm={async (reason) => {
                await postModerationApi.hide(post.id, reason ?? '');
                await done(t('moderation.post.hidden'));
              }}
              onCancel={toggle.cancel}
            />
          )}
          {toggle.open === 'restore' && (
            <ModerationActionForm
              formId={`${formId}-restore`}
              title={t('moderation.post.restoreTitle', { name })}
              explanation={t('moderation.post.restoreExplanation')}
              reason="none"
              confirmLabel={t('moderation.post.restoreConfirm')}
              onConfirm={async () => {
                await postModerationApi.restore(post.id);
                await done(t('moderation.post.restored'));
              }}
              onCancel={toggle.cancel}
            />
          )}
          {toggle.open === 'reject' && (
            <ModerationActionForm
              formId={`${formId}-reject`}
              title={t('moderation.post.rejectTitle', { name })}
              explanation={t('moderation.post.rejectExplanation')}
              reason="optional"
              reasonHint={t('moderation.post.reasonSeenByAuthor')}
              confirmLabel={t('moderation.post.rejectConfirm')}
              onConfirm={async (reason) => {
                await postModerationApi.reject(post.id, reason);
                await done(t('moderation.post.rejected'));
              }}
              onCancel={toggle.cancel}
            />
          )}
          {toggle.open === 'edit' && (
            <div className="moderation-form">
              <Paragraph>{t('moderation.post.editExplanation')}</Paragraph>
              <PostBodyForm
                formId={`${formId}-edit`}
                label={t('moderation.post.editLabel', { name })}
                submitLabel={t('posts.saveEdit')}
                initialBody={post.body ?? ''}
                focusOnOpen
                onSubmit={async (body) => {
                  await threadApi.editPost(post.id, { body });
                  await done(t('posts.saved'));
                  return false;
                }}
                onCancel={toggle.cancel}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
