import { useEffect, useLayoutEffect, useRef } from 'react';
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

/** Joins the room of a thread while `threadId` is set. */
export function useThreadRoom(threadId: string | undefined): void {
  useEffect(() => {
    if (!threadId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'thread', payload: { threadId } });
  }, [threadId]);
}

/** Joins the room of a network while `networkId` is set. */
export function useNetworkRoom(networkId: string | undefined): void {
  useEffect(() => {
    if (!networkId) {
      return undefined;
    }
    return subscribeRoom({ kind: 'network', payload: { networkId } });
  }, [networkId]);
}
