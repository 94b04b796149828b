import type { ClientToServerEvents, ServerToClientEvents } from '@inclusieplein/contract';
import { SOCKET_PATH } from '@inclusieplein/contract';
import { io, Socket } from 'socket.io-client';
import type { SignedInPerson } from './builders';
import type { TestApp } from './test-app';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opens a Socket.io connection to the test app, with the person's session cookie when given, and waits for `connect`. */
export async function connectSocket(testApp: TestApp, person?: SignedInPerson): Promise<TestSocket> {
  const socket: TestSocket = io(testApp.baseUrl, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: person ? { Cookie: person.cookie } : {},
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Resolves with the payload of the next `name` event, or rejects after `timeoutMs`. */
export function waitForEvent<Name extends keyof ServerToClientEvents>(
  socket: TestSocket,
  name: Name,
  timeoutMs = 2000,
): Promise<Parameters<ServerToClientEvents[Name]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(name, listener as never);
      reject(new Error(`no ${name} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Parameters<ServerToClientEvents[Name]>[0]) => {
      clearTimeout(timer);
      socket.off(name, listener as never);
      resolve(payload);
    };
    socket.on(name, listener as never);
  });
}

/** Resolves after `ms` when no `name` event arrived in that time, and rejects with the payload when one did. */
export function expectNoEvent(socket: TestSocket, name: keyof ServerToClientEvents, ms = 500): Promise<void> {
  return new Promise((resolve, reject) => {
    const listener = (payload: unknown) => {
      clearTimeout(timer);
      socket.off(name, listener as never);
      reject(new Error(`unexpected ${name} event: ${JSON.stringify(payload)}`));
    };
    const timer = setTimeout(() => {
      socket.off(name, listener as never);
      resolve();
    }, ms);
    socket.on(name, listener as never);
  });
}

/** Resolves when the server closes the socket, or rejects after `timeoutMs`. */
export function waitForDisconnect(socket: TestSocket, timeoutMs = 2000): Promise<string> {
  if (socket.disconnected) return Promise.resolve('already disconnected');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket still connected after ${timeoutMs} ms`)), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
