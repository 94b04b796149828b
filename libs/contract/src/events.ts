/**
 * Socket.io contract. Event names are `<noun>.<past-tense verb>` for what the server sends
 * and `<noun>.<verb>` for what a client requests. Payloads stay small: ids and what a live
 * announcement needs. Clients fetch the content over HTTP when the person requests it.
 */

import type { DocumentChangedEvent, DocumentRoomPayload } from './documents';
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

export interface ServerToClientEvents {
  'post.created': (event: PostCreatedEvent) => void;
  'post.updated': (event: PostChangedEvent) => void;
  'post.deleted': (event: PostChangedEvent) => void;
  'thread.created': (event: ThreadCreatedEvent) => void;
  'plan.updated': (event: PlanUpdatedEvent) => void;
  'document.changed': (event: DocumentChangedEvent) => void;
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
}

/** Socket.io path, so the SPA and the API agree without configuration. */
export const SOCKET_PATH = '/api/socket.io';
