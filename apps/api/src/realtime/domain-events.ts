import { Injectable } from '@nestjs/common';
import type {
  DocumentChangedEvent,
  ModerationQueueCounts,
  NetworkVisibility,
  NotificationCreatedEvent,
  NotificationsReadEvent,
  PlanUpdatedEvent,
  PostChangedEvent,
  PostCreatedEvent,
  ReportCreatedEvent,
  ReportResolvedEvent,
  ThreadChangedEvent,
  ThreadCreatedEvent,
} from '@inclusieplein/contract';
import { Subject } from 'rxjs';

/** Events inside the server; services emit them after their transaction has committed. */
export interface DomainEventMap {
  'post.created': PostCreatedEvent;
  'post.updated': PostChangedEvent;
  'post.deleted': PostChangedEvent;
  'thread.created': ThreadCreatedEvent;
  'plan.updated': PlanUpdatedEvent;
  'document.changed': DocumentChangedEvent;
  /** A moderator approved or declined a membership request. */
  'membership.decided': {
    networkId: string;
    userId: string;
    requestId: string;
    approved: boolean;
    reason: string | null;
    decidedById: string;
  };
  /**
   * A moderator acted on content or a member (hide, lock, warn, mute …). Emitted after the action is
   * stored, with the person it concerns, so a notification can inform them.
   */
  'moderation.acted': {
    networkId: string;
    action: string;
    actorId: string;
    targetUserId: string | null;
    threadId: string | null;
    postId: string | null;
    reason: string | null;
  };
  /** A member reported a post or thread. Sent only to the network's moderation room. */
  'report.created': ReportCreatedEvent;
  /** Moderators resolved reports. Sent only to the network's moderation room. */
  'report.resolved': ReportResolvedEvent;
  /** A post started or stopped waiting for approval. Sent only to the network's moderation room. */
  'moderation.queue.changed': ModerationQueueCounts;
  /** A thread was locked, pinned, moved or approved. After a move, `previousNetworkId` is the old network. */
  'thread.updated': ThreadChangedEvent & { previousNetworkId?: string };
  /** A person left or was removed from a network, so their sockets must leave its rooms. */
  'membership.ended': { networkId: string; userId: string; visibility: NetworkVisibility };
  /** A notification for `userId` was stored. Sent only to that person's sockets. */
  'notification.created': NotificationCreatedEvent & { userId: string };
  /** `userId` marked notifications read, so their other tabs update the count. */
  'notifications.read': NotificationsReadEvent & { userId: string };
  /** A session was logged out, so sockets opened with it lose its rights. */
  'session.ended': { sessionId: string };
}

export type DomainEvent = {
  [Name in keyof DomainEventMap]: { name: Name; payload: DomainEventMap[Name] };
}[keyof DomainEventMap];

@Injectable()
export class DomainEvents {
  private readonly subject = new Subject<DomainEvent>();
  readonly stream = this.subject.asObservable();

  emit<Name extends keyof DomainEventMap>(name: Name, payload: DomainEventMap[Name]): void {
    this.subject.next({ name, payload } as DomainEvent);
  }
}
