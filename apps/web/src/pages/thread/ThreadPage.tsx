import type { Post } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi, threadApi } from '../../api/endpoints';
import { isNotFound } from '../../api/errorText';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DemoBadge } from '../../components/badges';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { loginPath } from '../../session/returnPath';
import { useSession } from '../../session/SessionContext';
import { NotFoundPage } from '../NotFoundPage';
import { PostBodyForm } from './PostBodyForm';
import { PostItem, postElementId, type PostPermissions } from './PostItem';
import { buildPostTree, countReplies } from './postTree';
import { ReplyList } from './ReplyList';
import { useThreadLive } from './useThreadLive';
import { planPaths } from '../plan/planPaths';
import { focusElement } from '../../a11y/focus';
import { MyStandingNotice } from '../moderation/MyStandingNotice';
import { ReportButton } from '../moderation/ReportForm';
import { ThreadModerationPanel, ThreadStatusNotice, useReloadOnThreadChange } from '../moderation/ThreadModeration';

export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const { user } = useSession();
  const location = useLocation();
  const announce = useAnnounce();
  const thread = useApi(() => threadApi.get(threadId), [threadId]);
  // Only members may report, and the network detail contains the reader's role.
  const networkSlug = thread.data?.network.slug;
  const network = useApi(networkSlug && user ? () => networkApi.get(networkSlug) : null, [networkSlug, user?.id]);
  const isMember = !!network.data?.myRole;
  const live = useThreadLive(threadId, thread.data, thread.reload);
  useReloadOnThreadChange(threadId, thread.reload);
  const [focusPostId, setFocusPostId] = useState<string | null>(null);

  // A link to one post, such as from a notification, ends in `#bericht-<id>`: once the thread has
  // loaded, that post takes focus after the page heading.
  const [hashHandledFor, setHashHandledFor] = useState<string | null>(null);
  useEffect(() => {
    const postId = location.hash.startsWith('#bericht-') ? location.hash.slice('#bericht-'.length) : null;
    if (!postId || !thread.data || hashHandledFor === location.key) return;
    setHashHandledFor(location.key);
    if (thread.data.posts.some((post) => post.id === postId)) setFocusPostId(postId);
  }, [location.hash, location.key, thread.data, hashHandledFor]);

  useEffect(() => {
    if (focusPostId) {
      focusElement(document.getElementById(postElementId(focusPostId)));
      setFocusPostId(null);
    }
  }, [focusPostId, thread.data]);

  if (isNotFound(thread.error)) {
    return <NotFoundPage message={t('thread.notFound')} />;
  }
  if (!thread.data) {
    return thread.error !== undefined ? (
      <>
        <PageHeading title={t('thread.loadFailedTitle')} />
        <ErrorAlert error={thread.error} />
      </>
    ) : (
      <Loading />
    );
  }

  const detail = thread.data;
  // The server still checks every action. These flags only decide which buttons to show.
  const canModerate = detail.canModerate;
  const permissionsFor = (post: Post): PostPermissions => {
    const isAuthor = user !== null && post.author.id === user.id;
    return {
      canReply: detail.canReply,
      canEdit: isAuthor && detail.canReply,
      canDelete: isAuthor || canModerate,
      canModerate,
      canReport: isMember,
      isAuthor,
    };
  };

  const reply = async (parentId: string, body: string) => {
    const created = await threadApi.reply(threadId, { parentId, body });
    live.markOwn(created.id);
    await thread.reload();
    // A new member's reply may wait for a moderator, and then it is not yet placed for others.
    announce(created.approval === 'pending' ? t('moderation.post.pendingAuthor') : t('posts.replySent'));
    setFocusPostId(created.id);
  };
  const refresh = async () => {
    await thread.reload();
  };
  const showPending = async () => {
    const count = live.pendingCount;
    const firstNew = await live.showPending();
    if (firstNew) {
      setFocusPostId(firstNew);
    }
    announce(t('posts.loaded', { count }));
  };

  const tree = buildPostTree(detail.posts, live.isVisible);
  const replyCount = countReplies(tree.replies);

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={`/netwerken/${detail.network.slug}`}>{t('thread.backToNetwork', { name: detail.network.name })}</AppLink>
      </Paragraph>
      <PageHeading title={detail.title} />
      {detail.isDemo && <DemoBadge />}
      {detail.plan && <PlanLink slug={detail.network.slug} plan={detail.plan} />}
      <ThreadStatusNotice thread={detail} />
      <MyStandingNotice slug={detail.network.slug} showCodeOfConduct={false} />
      {isMember && user?.id !== detail.author.id && (
        <ReportButton target={{ type: 'thread', id: detail.id }} authorName={detail.author.displayName} />
      )}
      {canModerate && <ThreadModerationPanel thread={detail} onChanged={thread.reload} />}

      {tree.opening && (
        <PostItem post={tree.opening} replyTo={null} headingLevel={2} permissions={permissionsFor(tree.opening)} onReply={reply} onChanged={refresh} />
      )}

      {/* data-live shows automated tests that live updates for this thread are on. */}
      <section aria-labelledby="replies-heading" className="replies" data-live={live.joined ? 'joined' : 'waiting'}>
        <Heading2 id="replies-heading">{t('thread.repliesTitle', { count: replyCount })}</Heading2>
        {live.pendingCount > 0 && (
          <Button type="button" appearance="secondary-action-button" className="new-items-button" onClick={() => void showPending()}>
            {t('posts.newButton', { count: live.pendingCount })}
          </Button>
        )}
        {thread.error !== undefined && <ErrorAlert error={thread.error} />}
        {tree.replies.length === 0 ? (
          <Paragraph>{t('thread.noReplies')}</Paragraph>
        ) : (
          <ReplyList nodes={tree.replies} level={1} permissionsFor={permissionsFor} onReply={reply} onChanged={refresh} />
        )}
      </section>

      <section aria-labelledby="reply-thread-heading" className="panel">
        <Heading2 id="reply-thread-heading">{t('thread.replyToThread')}</Heading2>
        {detail.canReply && tree.opening ? (
          <PostBodyForm
            formId="reply-thread"
            label={t('thread.replyLabel')}
            submitLabel={t('posts.sendReply')}
            onSubmit={async (body) => {
              await reply(tree.opening!.id, body);
              return true;
            }}
          />
        ) : detail.locked ? (
          <Paragraph>{t('moderation.thread.lockedNoReply')}</Paragraph>
        ) : user ? (
          <Paragraph>
            {t('thread.membersCanReply')}{' '}
            <AppLink to={`/netwerken/${detail.network.slug}`}>{t('thread.goToNetwork', { name: detail.network.name })}</AppLink>
          </Paragraph>
        ) : (
          <Paragraph>
            <AppLink to={loginPath(location.pathname)}>{t('thread.loginToReply')}</AppLink>
          </Paragraph>
        )}
      </section>
    </>
  );
}

/** Link from the discussion of a plan back to the plan. */
function PlanLink({ slug, plan }: { slug: string; plan: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('plans.thread.partOfPlan')} <AppLink to={planPaths.view(slug, plan.id)}>{plan.title}</AppLink>.
    </Paragraph>
  );
}
