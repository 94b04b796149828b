import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type DocumentRoomPayload,
  type NetworkRoomPayload,
  type PlanRoomPayload,
  type ServerToClientEvents,
  type SubscribeAck,
  type ThreadRoomPayload,
} from '@inclusieplein/contract';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type Room =
  | { kind: 'thread'; payload: ThreadRoomPayload }
  | { kind: 'network'; payload: NetworkRoomPayload }
  | { kind: 'plan'; payload: PlanRoomPayload }
  | { kind: 'document'; payload: DocumentRoomPayload }
  | { kind: 'moderation'; payload: NetworkRoomPayload };

interface RoomEntry {
  room: Room;
  /** Number of components that want this room; the socket leaves it when this drops to 0. */
  users: number;
  /** Every component's acknowledgement callback, so each one learns whether the room was joined. */
  listeners: Set<(ack: SubscribeAck) => void>;
  /** The last acknowledgement, for a component that subscribes after the room was joined. */
  lastAck: SubscribeAck | null;
}

const rooms = new Map<string, RoomEntry>();
let socket: AppSocket | null = null;

function roomKey(room: Room): string {
  switch (room.kind) {
    case 'thread':
      return `thread:${room.payload.threadId}`;
    case 'network':
      return `network:${room.payload.networkId}`;
    case 'plan':
      return `plan:${room.payload.planId}`;
    case 'document':
      return `document:${room.payload.documentId}`;
    case 'moderation':
      return `moderation:${room.payload.networkId}`;
  }
}

function emitSubscribe(target: AppSocket, entry: RoomEntry): void {
  const ack = (result: SubscribeAck) => {
    entry.lastAck = result;
    for (const listener of entry.listeners) {
      listener(result);
    }
  };
  const room = entry.room;
  if (room.kind === 'thread') {
    target.emit('thread.subscribe', room.payload, ack);
  } else if (room.kind === 'network') {
    target.emit('network.subscribe', room.payload, ack);
  } else if (room.kind === 'plan') {
    target.emit('plan.subscribe', room.payload, ack);
  } else if (room.kind === 'moderation') {
    target.emit('moderation.subscribe', room.payload, ack);
  } else {
    target.emit('document.subscribe', room.payload, ack);
  }
}

function emitUnsubscribe(target: AppSocket, room: Room): void {
  if (room.kind === 'thread') {
    target.emit('thread.unsubscribe', room.payload);
  } else if (room.kind === 'network') {
    target.emit('network.unsubscribe', room.payload);
  } else if (room.kind === 'plan') {
    target.emit('plan.unsubscribe', room.payload);
  } else if (room.kind === 'moderation') {
    target.emit('moderation.unsubscribe', room.payload);
  } else {
    target.emit('document.unsubscribe', room.payload);
  }
}

const MAX_RETRY_DELAY_MS = 30_000;

function createSocket(): AppSocket {
  const created: AppSocket = io({ path: SOCKET_PATH, withCredentials: true, autoConnect: true });
  let retryDelay = 1_000;

  // The server drops a socket's rooms when it disconnects, so every connect and reconnect joins them again.
  created.on('connect', () => {
    retryDelay = 1_000;
    for (const entry of rooms.values()) {
      emitSubscribe(created, entry);
    }
  });

  // Socket.io reconnects by itself after a lost connection, but not when the server closed the
  // socket on purpose, for example after the session ended. Reconnecting with a growing delay
  // then lets the socket continue with the current cookie, without hammering the server.
  created.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect') {
      return;
    }
    window.setTimeout(() => {
      if (!created.connected) {
        created.connect();
      }
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, MAX_RETRY_DELAY_MS);
  });
  return created;
}

/** Returns the shared socket, connecting it on first use. */
export function getSocket(): AppSocket {
  socket ??= createSocket();
  return socket;
}

/**
 * Opens a new connection so the handshake carries the current session cookie.
 * Call after login and logout; the rooms in use are joined again on connect.
 */
export function reconnectSocket(): void {
  if (!socket) {
    return;
  }
  socket.disconnect();
  socket.connect();
}

/**
 * Joins a room for as long as the returned function is not called.
 * `onAck` receives the server's acknowledgement each time the room is joined, also after a reconnect.
 */
export function subscribeRoom(room: Room, onAck?: (ack: SubscribeAck) => void): () => void {
  const key = roomKey(room);
  const current = getSocket();
  const existing = rooms.get(key);

  const listener = onAck ?? (() => undefined);
  if (existing) {
    existing.users += 1;
    existing.listeners.add(listener);
    const { lastAck } = existing;
    if (lastAck) {
      queueMicrotask(() => listener(lastAck));
    }
  } else {
    const entry: RoomEntry = { room, users: 1, listeners: new Set([listener]), lastAck: null };
    rooms.set(key, entry);
    if (current.connected) {
      emitSubscribe(current, entry);
    }
  }

  return () => {
    const entry = rooms.get(key);
    if (!entry) {
      return;
    }
    entry.users -= 1;
    entry.listeners.delete(listener);
    if (entry.users > 0) {
      return;
    }
    rooms.delete(key);
    if (!current.connected) {
      return;
    }
    emitUnsubscribe(current, room);
  };
}
