import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { NetworkRole, NotificationParams, NotificationTarget, NotificationType } from '@inclusieplein/contract';
import type { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { DomainEvent, DomainEventMap, DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { findMentions } from './mentions';
import { NotificationDraft, NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';

/** Types that concern the person themselves, so they also reach people who muted the network. */
const ABOUT_THE_PERSON: NotificationType[] = ['membership_decided', 'moderation_acted'];

const MEMBERSHIP_DECISIONS = ['membership.approved', 'membership.declined'];

const EMPTY_PARAMS: NotificationParams = {
  actorDisplayName: null,
  networkName: null,
  threadTitle: null,
  planTitle: null,
  documentTitle: null,
  approved: null,
  moderationAction: null,
  reason: null,
};

const EMPTY_TARGET: NotificationTarget = { networkSlug: null, threadId: null, postId: null, planId: null, documentId: null };

/** Recipients and content of the notifications that one domain event causes. */
interface Delivery {
  network: NetworkEntity;
  actorId: string | null;
  recipients: Map<string, NotificationType>;
  threadId: string | null;
  params: Partial<NotificationParams>;
  target: Partial<NotificationTarget>;
}

/**
 * Turns domain events into notifications. No one is notified of their own action, or of content
 * that NetworkAccessService does not let them read (for example in a closed network they left).
 * Watch levels decide who is notified of activity in a network.
 */
@Injectable()
export class NotificationListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationListener.name);
  private subscription: Subscription | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly preferences: PreferencesService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.stream.subscribe((event) => {
      const work = this.handle(event).catch((error: unknown) =>
        this.logger.error({ err: error, event: event.name }, 'creating notifications for an event failed'),
      );
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  /** Waits for events already received, so the database is not closed under them. */
  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.idle();
  }

  /** Resolves when every event received so far is handled. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async handle(event: DomainEvent): Promise<void> {
    switch (event.name) {
      case 'post.created':
        return this.onPostCreated(event.payload);
      case 'thread.created':
        return this.onThreadCreated(event.payload);
      case 'plan.updated':
        return this.onPlanUpdated(event.payload);
      case 'document.changed':
        return this.onDocumentChanged(event.payload);
      case 'membership.decided':
        return this.onMembershipDecided(event.payload);
      case 'moderation.acted':
        return this.onModerationActed(event.payload);
      default:
        return;
    }
  }

  private async onPostCreated(event: DomainEventMap['post.created']): Promise<void> {
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: event.networkId });
    const [post] = await this.dataSource.query<
      Array<{ author_id: string; author_name: string; body: string; title: string; parent_author_id: string | null }>
    >(
      `SELECT p.author_id, u.display_name AS author_name, p.body, t.title, parent.author_id AS parent_author_id
         FROM posts p
         JOIN threads t ON t.id = p.thread_id
         JOIN users u ON u.id = p.author_id
         LEFT JOIN posts parent ON parent.id = p.parent_id
        WHERE p.id = $1`,
      [event.postId],
    );
    if (!network || !post) return;

    const recipients = new Map<string, NotificationType>();
    if (post.parent_author_id) recipients.set(post.parent_author_id, 'post_replied');
    for (const userId of await this.mentionedMembers(network.id, post.body)) {
      if (!recipients.has(userId)) recipients.set(userId, 'mentioned');
    }
    for (const userId of await this.preferences.watchers(network.id, ['all'])) {
      if (!recipients.has(userId)) recipients.set(userId, 'post_created');
    }
    await this.deliver({
      network,
      actorId: post.author_id,
      recipients,
      threadId: event.threadId,
      params: { actorDisplayName: post.author_name, threadTitle: post.title },
      target: { threadId: event.threadId, postId: event.postId },
    });
  }

  private async onThreadCreated(event: DomainEventMap['thread.created']): Promise<void> {
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: event.networkId });
    const [opening] = await this.dataSource.query<Array<{ id: string; author_id: string; author_name: string; body: string; title: string }>>(
      `SELECT p.id, t.author_id, u.display_name AS author_name, p.body, t.title
         FROM threads t
         JOIN users u ON u.id = t.author_id
         JOIN posts p ON p.thread_id = t.id AND p.parent_id IS NULL
        WHERE t.id = $1`,
      [event.threadId],
    );
    if (!network || !opening) return;

    const recipients = new Map<string, NotificationType>();
    for (const userId of await this.mentionedMembers(network.id, opening.body)) recipients.set(userId, 'mentioned');
    for (const userId of await this.preferences.watchers(network.id, ['all', 'new_threads'])) {
      if (!recipients.has(userId)) recipients.set(userId, 'thread_created');
    }
    await this.deliver({
      network,
      actorId: opening.author_id,
      recipients,
      threadId: event.threadId,
      params: { actorDisplayName: opening.author_name, threadTitle: opening.title },
      target: { threadId: event.threadId, postId: opening.id },
    });
  }

  private async onPlanUpdated(event: DomainEventMap['plan.updated']): Promise<void> {
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: event.networkId });
    // NOTE: the event names no actor, so the author of the revision counts as the actor. A status
    // change keeps the revision number, so its actor may differ and could get a notification of it.
    const [plan] = await this.dataSource.query<Array<{ title: string; author_id: string | null }>>(
      `SELECT pl.title, r.author_id FROM plans pl
         LEFT JOIN plan_revisions r ON r.plan_id = pl.id AND r.revision = $2
        WHERE pl.id = $1`,
      [event.planId, event.revision],
    );
    if (!network || !plan) return;
    const recipients = new Map<string, NotificationType>();
    for (const userId of await this.preferences.watchers(network.id, ['all'])) recipients.set(userId, 'plan_updated');
    await this.deliver({
      network,
      actorId: plan.author_id,
      recipients,
      threadId: null,
      params: { actorDisplayName: event.authorDisplayName, planTitle: plan.title },
      target: { planId: event.planId },
    });
  }

  private async onDocumentChanged(event: DomainEventMap['document.changed']): Promise<void> {
    if (event.change !== 'created' || !event.networkId) return;
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: event.networkId });
    const [document] = await this.dataSource.query<Array<{ created_by_id: string; archived_at: Date | null }>>(
      `SELECT created_by_id, archived_at FROM documents WHERE id = $1`,
      [event.documentId],
    );
    if (!network || !document || document.archived_at) return;
    const recipients = new Map<string, NotificationType>();
    for (const userId of await this.preferences.watchers(network.id, ['all'])) recipients.set(userId, 'document_added');
    await this.deliver({
      network,
      actorId: document.created_by_id,
      recipients,
      threadId: null,
      params: { actorDisplayName: event.actorDisplayName, documentTitle: event.title },
      target: { documentId: event.documentId },
    });
  }

  private async onMembershipDecided(event: DomainEventMap['membership.decided']): Promise<void> {
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: event.networkId });
    if (!network) return;
    await this.deliver({
      network,
      actorId: event.decidedById,
      recipients: new Map([[event.userId, 'membership_decided']]),
      threadId: null,
      params: { approved: event.approved, reason: event.reason },
      target: {},
    });
  }

  private async onModerationActed(event: DomainEventMap['moderation.acted']): Promise<void> {
    if (!event.targetUserId) return;
    // Decisions on membership requests arrive as `membership.decided` as well. One notification is enough.
    if (MEMBERSHIP_DECISIONS.includes(event.action)) return;
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: event.networkId });
    if (!network) return;
    // The thread title and link are only given to a person who may still read the network.
    const canRead = (await this.readers(network, [event.targetUserId])).has(event.targetUserId);
    let threadTitle: string | null = null;
    if (canRead && event.threadId) {
      const [thread] = await this.dataSource.query<Array<{ title: string }>>(`SELECT title FROM threads WHERE id = $1`, [event.threadId]);
      threadTitle = thread?.title ?? null;
    }
    await this.deliver({
      network,
      actorId: event.actorId,
      recipients: new Map([[event.targetUserId, 'moderation_acted']]),
      threadId: canRead ? event.threadId : null,
      params: { moderationAction: event.action, reason: event.reason, threadTitle },
      target: canRead ? { threadId: event.threadId, postId: event.postId } : {},
    });
  }

  /** Applies the actor, watch level and access rules, then stores one notification per remaining person. */
  private async deliver(delivery: Delivery): Promise<void> {
    const { network, recipients } = delivery;
    if (delivery.actorId) recipients.delete(delivery.actorId);
    if (recipients.size === 0) return;

    const userIds = [...recipients.keys()];
    const levels = await this.preferences.watchLevels(network.id, userIds);
    const readers = await this.readers(network, userIds);
    const drafts: NotificationDraft[] = [];
    for (const [userId, type] of recipients) {
      const aboutThePerson = ABOUT_THE_PERSON.includes(type);
      if (!aboutThePerson && levels.get(userId) === 'muted') continue;
      if (!aboutThePerson && !readers.has(userId)) continue;
      drafts.push({
        userId,
        type,
        networkId: network.id,
        threadId: delivery.threadId,
        params: { ...EMPTY_PARAMS, networkName: network.name, ...delivery.params },
        target: { ...EMPTY_TARGET, networkSlug: network.slug, ...delivery.target },
      });
    }
    await this.notifications.createMany(drafts);
  }

  /** Returns the people among `userIds` who may read the network's content now. */
  private async readers(network: NetworkEntity, userIds: string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<Array<{ id: string; is_admin: boolean; role: NetworkRole | null }>>(
      `SELECT u.id, u.is_admin, m.role FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id AND m.network_id = $1
        WHERE u.id = ANY($2)`,
      [network.id, userIds],
    );
    const readers = new Set<string>();
    for (const row of rows) {
      const user = { id: row.id, isAdmin: row.is_admin } as UserEntity;
      if (this.access.canReadContent(network, user, row.role)) readers.add(row.id);
    }
    return readers;
  }

  /** Returns the members of the network that the text mentions, by the rule of findMentions. */
  private async mentionedMembers(networkId: string, body: string): Promise<string[]> {
    if (!body.includes('@')) return [];
    const members = await this.dataSource.query<Array<{ user_id: string; display_name: string }>>(
      `SELECT m.user_id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.network_id = $1`,
      [networkId],
    );
    return findMentions(
      body,
      members.map((member) => ({ userId: member.user_id, displayName: member.display_name })),
    );
  }
}
