import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type {
  AppNotification,
  NotificationListResponse,
  NotificationParams,
  NotificationTarget,
  NotificationType,
} from '@inclusieplein/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException, notFound } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { Clock } from '../mail/clock';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { UnsubscribeTokens } from '../mail/unsubscribe-tokens';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { immediateMail, unsubscribeHeaders } from './notification-mails';

/** A notification to store for one person. */
export interface NotificationDraft {
  userId: string;
  type: NotificationType;
  networkId: string | null;
  threadId: string | null;
  params: NotificationParams;
  target: NotificationTarget;
}

interface NotificationRow {
  id: string;
  type: NotificationType;
  params: NotificationParams;
  target: NotificationTarget;
  read_at: Date | null;
  created_at: Date;
}

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  email_frequency: string;
  email_verified_at: Date | null;
}

export const MAX_PAGE_SIZE = 50;

/**
 * Notifications a person can list: all of theirs, except those about a closed network that they
 * can no longer read (they left it or were removed). Decisions and moderation actions about the
 * person stay, because they are about the person and show no content of the network.
 */
const VISIBLE = `
  n.user_id = $1 AND (
    n.network_id IS NULL
    OR n.type IN ('membership_decided', 'moderation_acted')
    OR EXISTS (SELECT 1 FROM networks nw WHERE nw.id = n.network_id AND nw.visibility = 'open' AND nw.status = 'active')
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.network_id = n.network_id AND m.user_id = n.user_id)
    OR EXISTS (SELECT 1 FROM users u WHERE u.id = n.user_id AND u.is_admin)
  )`;

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(`${new Date(row.created_at).toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(createdAt);
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new ApiException(HttpStatus.BAD_REQUEST, 'validation_failed', 'The cursor is invalid; use nextCursor from the previous page.');
  }
  return { createdAt: date, id };
}

function toNotification(row: NotificationRow): AppNotification {
  return {
    id: row.id,
    type: row.type,
    params: row.params,
    target: row.target,
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Stores notifications, decides per person how each is mailed, and lists and marks them read.
 * `email_status` records the decision: `immediate` (queued in the outbox at once), `pending`
 * (waits for the next daily or weekly digest), `digest` (included in one) or `skipped`.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: MailOutboxService,
    private readonly unsubscribeTokens: UnsubscribeTokens,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores the drafts, queues immediate mails and emits `notification.created` for each person's sockets. */
  async createMany(drafts: NotificationDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    const created = await this.dataSource.transaction(async (manager) => {
      const result: Array<{ id: string; draft: NotificationDraft }> = [];
      for (const draft of drafts) result.push({ id: await this.insert(manager, draft), draft });
      return result;
    });
    this.outbox.wakeWorker();
    for (const { id, draft } of created) {
      this.events.emit('notification.created', {
        userId: draft.userId,
        notificationId: id,
        type: draft.type,
        unreadCount: await this.unreadCount(draft.userId),
      });
    }
  }

  private async insert(manager: EntityManager, draft: NotificationDraft): Promise<string> {
    const [recipient] = await manager.query<Recipient[]>(
      `SELECT id, email, display_name, email_frequency, email_verified_at FROM users WHERE id = $1`,
      [draft.userId],
    );
    // Mail goes only to verified addresses, so no one gets mail for an account someone else made with their address.
    const mailable = recipient?.email_verified_at != null;
    const frequency = mailable ? recipient.email_frequency : 'never';
    let emailStatus: 'immediate' | 'pending' | 'skipped' = 'pending';
    if (frequency === 'immediate') emailStatus = 'immediate';
    if (frequency === 'never') emailStatus = 'skipped';

    let mailId: string | null = null;
    if (emailStatus === 'immediate') {
      const token = this.unsubscribeTokens.create(recipient.id);
      const mail = immediateMail(this.config.mail.publicUrl, { displayName: recipient.display_name, unsubscribeToken: token }, draft);
      mailId = await this.outbox.enqueue(
        { userId: recipient.id, kind: 'notification', to: recipient.email, headers: unsubscribeHeaders(this.config.mail.publicUrl, token), ...mail },
        manager,
      );
    }

    const [row] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO notifications (user_id, type, network_id, thread_id, params, target, created_at, email_status, mail_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        draft.userId,
        draft.type,
        draft.networkId,
        draft.threadId,
        JSON.stringify(draft.params),
        JSON.stringify(draft.target),
        this.clock.now(),
        emailStatus,
        mailId,
      ],
    );
    return row.id;
  }

  async list(user: UserEntity, options: { before?: string; limit: number; unreadOnly: boolean }): Promise<NotificationListResponse> {
    const limit = Math.min(Math.max(options.limit, 1), MAX_PAGE_SIZE);
    const parameters: unknown[] = [user.id];
    let where = VISIBLE;
    if (options.unreadOnly) where += ' AND n.read_at IS NULL';
    if (options.before) {
      const cursor = decodeCursor(options.before);
      parameters.push(cursor.createdAt, cursor.id);
      where += ` AND (n.created_at, n.id) < ($2, $3)`;
    }
    parameters.push(limit + 1);
    const rows = await this.dataSource.query<NotificationRow[]>(
      `SELECT n.id, n.type, n.params, n.target, n.read_at, n.created_at FROM notifications n
        WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT $${parameters.length}`,
      parameters,
    );
    const page = rows.slice(0, limit);
    return {
      notifications: page.map(toNotification),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
      unreadCount: await this.unreadCount(user.id),
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ count: string }>>(
      `SELECT count(*) FROM notifications n WHERE ${VISIBLE} AND n.read_at IS NULL`,
      [userId],
    );
    return Number(row.count);
  }

  async markRead(user: UserEntity, notificationId: string): Promise<number> {
    const [, updated] = await this.dataSource.query<[unknown, number]>(
      `UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $2 AND user_id = $1`,
      [user.id, notificationId, this.clock.now()],
    );
    if (!updated) throw notFound('The notification');
    return this.announceRead(user.id);
  }

  async markAllRead(user: UserEntity): Promise<number> {
    await this.dataSource.query(`UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`, [
      user.id,
      this.clock.now(),
    ]);
    return this.announceRead(user.id);
  }

  private async announceRead(userId: string): Promise<number> {
    const unreadCount = await this.unreadCount(userId);
    this.events.emit('notifications.read', { userId, unreadCount });
    return unreadCount;
  }
}
