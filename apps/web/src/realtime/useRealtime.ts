import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ServerToClientEvents } from '@inclusieplein/contract';
import { getSocket, subscribeRoom } from './socket';

type EventName = keyof ServerToClientEvents;

/** Calls `handler` for every `event` from the server while the component is mounted. */
export function useSocketEvent<E extends EventName>(event: E, handler: ServerToClientEvents[E]): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });

  useEffect(() => {
    const socket = getSocket();
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) => {
      (latest.current as (...params: Parameters<ServerToClientEvents[E]>) => void)(...args);
    }) as ServerToClientEvents[E];
    // Socket.io's generic listener types do not narrow through a type parameter, hence the casts.
    (socket.on as (name: E, fn: ServerToClientEvents[E]) => void)(event, listener);
    return () => {
      (socket.off as (name: E, fn: ServerToClientEvents[E]) => void)(event, listener);
    };
  }, [event]);
}

/** Joins the room of a thread while `threadId` is set. Returns whether the server accepted the last join. */
export function useThreadRoom(threadId: string | undefined): boolean {
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    setJoined(false);
    if (!threadId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'thread', payload: { threadId } }, (ack) => setJoined(ack.ok));
  }, [threadId]);
  return joined;
}

/** Joins the room of a network while `networkId` is set. Returns whether the server accepted the last join. */
export function useNetworkRoom(networkId: string | undefined): boolean {
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    setJoined(false);
    if (!networkId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'network', payload: { networkId } }, (ack) => setJoined(ack.ok));
  }, [networkId]);
  return joined;
}

/** Joins the room of a plan while `planId` is set. Returns whether the server accepted the last join. */
export function usePlanRoom(planId: string | undefined): boolean {
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    setJoined(false);
    if (!planId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'plan', payload: { planId } }, (ack) => setJoined(ack.ok));
  }, [planId]);
  return joined;
}

/** Joins the room of a document while `documentId` is set. Returns whether the server accepted the last join. */
export function useDocumentRoom(documentId: string | undefined): boolean {
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    setJoined(false);
    if (!documentId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'document', payload: { documentId } }, (ack) => setJoined(ack.ok));
  }, [documentId]);
  return joined;
}

/**
 * Joins the live moderation queue of a network while `networkId` is set. The server accepts only
 * moderators, owners and administrators. Returns whether it accepted the last join.
 */
export function useModerationRoom(networkId: string | undefined): boolean {
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    setJoined(false);
    if (!networkId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'moderation', payload: { networkId } }, (ack) => setJoined(ack.ok));
  }, [networkId]);
  return joined;
}
