import type { PersonSummary, Post } from '@inclusieplein/contract';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { threadApi } from '../../api/endpoints';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorText';
import { useFormat } from '../../i18n/format';
import { PostBodyForm } from './PostBodyForm';
import { RevisionHistory } from './RevisionHistory';
import { focusElement } from '../../a11y/focus';
import { isBodyWithheld, PostModerationNotice, PostModerationTools } from '../moderation/PostModeration';

export interface PostPermissions {
  canReply: boolean;
  canEdit: boolean;
  canDelete: boolean;
  /** Shows the moderator's actions: hide, restore, approve, reject and edit. */
  canModerate?: boolean;
  /** Shows the "Melden" button, except on the person's own post. */
  canReport?: boolean;
  isAuthor?: boolean;
}

interface PostItemProps {
  post: Post;
  /** Shown as "Reactie op <naam>" when the reply is displayed above its real depth. */
  replyTo: PersonSummary | null;
  /** Heading level of the author line: 2 for the opening post's, 3 for replies. */
  headingLevel: 2 | 3;
  permissions: PostPermissions;
  /** Sends a reply to this post; the thread page loads it and moves focus to it. */
  onReply: (parentId: string, body: string) => Promise<void>;
  /** Called after an edit or delete, so the thread is loaded again in place. */
  onChanged: () => Promise<void>;
}

export function postElementId(postId: string): string {
  return `bericht-${postId}`;
}

/** Renders one post with its author, date, body and the actions the person may take. */
export function PostItem({ post, replyTo, headingLevel, permissions, onReply, onChanged }: PostItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [mode, setMode] = useState<'read' | 'reply' | 'edit'>('read');
  const [showRevisions, setShowRevisions] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const article = useRef<HTMLElement>(null);

  const elementId = postElementId(post.id);
  const authorId = `${elementId}-author`;
  // Replies name their depth in the tree, so a screen reader reads it out with the author's name.
  const levelId = `${elementId}-level`;
  const isReply = post.depth > 0;
  const revisionsId = `${elementId}-revisions`;
  const name = post.author.displayName;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const [returnFocusTo, setReturnFocusTo] = useState<RefObject<HTMLButtonElement | null> | null>(null);

  // The button that opened a form renders again only after the form closes, so focus waits for that render.
  useEffect(() => {
    if (mode === 'read' && returnFocusTo) {
      returnFocusTo.current?.focus();
      setReturnFocusTo(null);
    }
  }, [mode, returnFocusTo]);

  const closeForm = (returnTo: RefObject<HTMLButtonElement | null>) => {
    setMode('read');
    setReturnFocusTo(returnTo);
  };

  const remove = async () => {
    setConfirmDelete(false);
    setActionError(undefined);
    try {
      await threadApi.deletePost(post.id);
      announce(t('posts.deleted'));
      await onChanged();
      focusElement(article.current);
    } catch (error) {
      setActionError(error);
      deleteButton.current?.focus();
    }
  };

  return (
    <article ref={article} id={elementId} aria-labelledby={isReply ? `${authorId} ${levelId}` : authorId} className="post">
      <header className="post__header">
        <Heading id={authorId} className={`utrecht-heading-${headingLevel === 2 ? 3 : 4} post__author`}>
          {post.deleted ? t('posts.deletedAuthor', { name }) : name}
        </Heading>
        {isReply && (
          <span id={levelId} className="visually-hidden">
            {t('posts.level', { level: post.depth })}
          </span>
        )}
        {post.author.roleDescription && <span className="post__role">{post.author.roleDescription}</span>}
        <span className="post__meta">
          <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
          {replyTo && <> · {t('posts.replyTo', { name: replyTo.displayName })}</>}
        </span>
      </header>

      <PostModerationNotice post={post} isAuthor={Boolean(permissions.isAuthor)} canModerate={Boolean(permissions.canModerate)} />
      {post.deleted ? (
        <Paragraph className="post__deleted">{t('posts.deletedText')}</Paragraph>
      ) : isBodyWithheld(post) ? null : (
        // bodyHtml is rendered and sanitised by the server: no raw HTML, links get rel="nofollow ugc".
        <div className="utrecht-rich-text post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml ?? '' }} />
      )}

      {post.editCount > 0 && !post.deleted && (
        <p className="post__edited">
          <button
            type="button"
            className="utrecht-link-button utrecht-link-button--html-button"
            aria-expanded={showRevisions}
            aria-controls={showRevisions ? revisionsId : undefined}
            onClick={() => setShowRevisions((open) => !open)}
          >
            {post.editedAt
              ? t('posts.edited', { date: format.dateTime(post.editedAt) })
              : t('posts.editedNoDate')}
            {' – '}
            {showRevisions ? t('posts.hideRevisions') : t('posts.showRevisions')}
          </button>
        </p>
      )}
      {showRevisions && <RevisionHistory postId={post.id} id={revisionsId} />}

      {actionError !== undefined && <ErrorAlert error={actionError} />}

      {mode === 'read' && !post.deleted && (
        <ButtonGroup className="post__actions">
          {permissions.canReply && (
            <Button ref={replyButton} type="button" appearance="secondary-action-button" onClick={() => setMode('reply')}>
              {t('posts.reply')}
              <span className="visually-hidden"> {t('posts.toPostOf', { name })}</span>
            </Button>
          )}
          {permissions.canEdit && (
            <Button ref={editButton} type="button" appearance="subtle-button" onClick={() => setMode('edit')}>
              {t('posts.edit')}
              <span className="visually-hidden"> {t('posts.yourPost')}</span>
            </Button>
          )}
          {permissions.canDelete && (
            <Button ref={deleteButton} type="button" appearance="subtle-button" hint="danger" onClick={() => setConfirmDelete(true)}>
              {t('posts.delete')}
              <span className="visually-hidden"> {t('posts.postOf', { name })}</span>
            </Button>
          )}
        </ButtonGroup>
      )}

      {mode === 'read' && (
        <PostModerationTools
          post={post}
          isAuthor={Boolean(permissions.isAuthor)}
          canModerate={Boolean(permissions.canModerate)}
          canReport={Boolean(permissions.canReport)}
          onChanged={onChanged}
          focusPost={() => focusElement(article.current)}
        />
      )}

      {mode === 'reply' && (
        <PostBodyForm
          formId={`reply-${post.id}`}
          label={t('posts.replyLabel', { name })}
          submitLabel={t('posts.sendReply')}
          focusOnOpen
          onSubmit={async (body) => {
            await onReply(post.id, body);
            setMode('read');
            return true;
          }}
          onCancel={() => closeForm(replyButton)}
        />
      )}

      {mode === 'edit' && (
        <PostBodyForm
          formId={`edit-${post.id}`}
          label={t('posts.editLabel')}
          submitLabel={t('posts.saveEdit')}
          initialBody={post.body ?? ''}
          focusOnOpen
          onSubmit={async (body) => {
            await threadApi.editPost(post.id, { body });
            announce(t('posts.saved'));
            await onChanged();
            closeForm(editButton);
            return false;
          }}
          onCancel={() => closeForm(editButton)}
        />
      )}

      <ConfirmDialog
        open={confirmDelete}
        title={t('posts.deleteConfirmTitle')}
        message={t('posts.deleteConfirmText')}
        confirmLabel={t('posts.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => {
          setConfirmDelete(false);
          deleteButton.current?.focus();
        }}
      />
    </article>
  );
}
