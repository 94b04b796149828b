/**
 * Socket.io contract. Event names are `<noun>.<past-tense verb>` for what the server sends
 * and `<noun>.<verb>` for what a client requests. Payloads stay small: ids and what a live
 * announcement needs. Clients fetch the content over HTTP when the person requests it.
 */

import type { DocumentChangedEvent, DocumentRoomPayload } from './documents';
import type { NotificationCreatedEvent, NotificationsReadEvent } from './notifications';
import type { PlanRoomPayload, PlanUpdatedEvent } from './plans';

export interface ThreadRoomPayload {
  threadId: string;
}

export interface NetworkRoomPayload {
  networkId: string;
}

/** Acknowledgement of a subscribe request: a socket joins a room only after the same access check as HTTP. */
export type SubscribeAck = { ok: true } | { ok: false; code: 'not_found' | 'forbidden' | 'invalid' };

export interface PostCreatedEvent {
  networkId: string;
  threadId: string;
  postId: string;
  parentId: string | null;
  authorDisplayName: string;
}

export interface PostChangedEvent {
  networkId: string;
  threadId: string;
  postId: string;
}

export interface ThreadCreatedEvent {
  networkId: string;
  threadId: string;
  title: string;
  authorDisplayName: string;
}

/** Open work of a network's moderation queue, sent with every queue event so badges stay right. */
export interface ModerationQueueCounts {
  networkId: string;
  openReportCount: number;
  pendingPostCount: number;
}

export interface ReportCreatedEvent extends ModerationQueueCounts {
  reportId: string;
}

export interface ReportResolvedEvent extends ModerationQueueCounts {
  reportIds: string[];
}

/** A thread was locked, unlocked, pinned, unpinned, moved, or became visible after approval. */
export interface ThreadChangedEvent {
  networkId: string;
  threadId: string;
}

export interface ServerToClientEvents {
  'post.created': (event: PostCreatedEvent) => void;
  'post.updated': (event: PostChangedEvent) => void;
  'post.deleted': (event: PostChangedEvent) => void;
  'thread.created': (event: ThreadCreatedEvent) => void;
  'plan.updated': (event: PlanUpdatedEvent) => void;
  'document.changed': (event: DocumentChangedEvent) => void;
  /** To the thread room and the network room. After a move, to the rooms of both networks. */
  'thread.updated': (event: ThreadChangedEvent) => void;
  /** Only to the moderation room of the network. */
  'report.created': (event: ReportCreatedEvent) => void;
  /** Only to the moderation room of the network. */
  'report.resolved': (event: ReportResolvedEvent) => void;
  /** Only to the moderation room: a post started or stopped waiting for approval. */
  'moderation.queue.changed': (event: ModerationQueueCounts) => void;
  /** Only to the person's own sockets. */
  'notification.created': (event: NotificationCreatedEvent) => void;
  /** Only to the person's own sockets. */
  'notifications.read': (event: NotificationsReadEvent) => void;
}

export interface ClientToServerEvents {
  'thread.subscribe': (payload: ThreadRoomPayload, ack: (result: SubscribeAck) => void) => void;
  'thread.unsubscribe': (payload: ThreadRoomPayload) => void;
  'network.subscribe': (payload: NetworkRoomPayload, ack: (result: SubscribeAck) => void) => void;
  'network.unsubscribe': (payload: NetworkRoomPayload) => void;
  'plan.subscribe': (payload: PlanRoomPayload, ack: (result: SubscribeAck) => void) => void;
  'plan.unsubscribe': (payload: PlanRoomPayload) => void;
  'document.subscribe': (payload: DocumentRoomPayload, ack: (result: SubscribeAck) => void) => void;
  'document.unsubscribe': (payload: DocumentRoomPayload) => void;
  /** Joins the live moderation queue of a network. Only for its moderators, owners and administrators. */
  'moderation.subscribe': (payload: NetworkRoomPayload, ack: (result: SubscribeAck) => void) => void;
  'moderation.unsubscribe': (payload: NetworkRoomPayload) => void;
}

/** Socket.io path, so the SPA and the API agree without configuration. */
export const SOCKET_PATH = '/api/socket.io';
