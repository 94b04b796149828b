import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type {
  ClientToServerEvents,
  DocumentRoomPayload,
  NetworkRoomPayload,
  PlanRoomPayload,
  ServerToClientEvents,
  SubscribeAck,
  ThreadRoomPayload,
} from '@inclusieplein/contract';
import { SOCKET_PATH } from '@inclusieplein/contract';
import type { IncomingMessage } from 'node:http';
import type { Subscription } from 'rxjs';
import type { Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { ThreadEntity } from '../discussions/thread.entity';
import { DocumentEntity } from '../documents/document.entity';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { PlanEntity } from '../plans/plan.entity';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { SessionData } from '../auth/session';
import { DomainEvent, DomainEvents } from './domain-events';

interface SocketData {
  user: UserEntity | null;
  /** Network of each thread room the socket joined, so leaving a network also leaves its threads. */
  threadNetworks: Record<string, string>;
  /** Network of each plan room the socket joined, for the same reason. */
  planNetworks: Record<string, string>;
  /** Network of each document room the socket joined. Library documents have none. */
  documentNetworks: Record<string, string>;
}

type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const threadRoom = (threadId: string) => `thread:${threadId}`;
const networkRoom = (networkId: string) => `network:${networkId}`;
const planRoom = (planId: string) => `plan:${planId}`;
const documentRoom = (documentId: string) => `document:${documentId}`;
const userRoom = (userId: string) => `user:${userId}`;
const moderationRoom = (networkId: string) => `moderation:${networkId}`;
const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Sends domain events to the browsers that may see them. A socket is authenticated by the same
 * session cookie as HTTP (the adapter runs the session middleware on the handshake), and joins a
 * thread, network or plan room only after the same access check as an HTTP read.
 */
@WebSocketGateway({ path: SOCKET_PATH, serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private subscription: Subscription | undefined;

  @WebSocketServer()
  private server: AppServer;

  constructor(
    private readonly events: DomainEvents,
    private readonly access: NetworkAccessService,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  afterInit(server: AppServer): void {
    server.use((socket, next) => {
      const request = socket.request as IncomingMessage & { session?: SessionData; sessionID?: string };
      const userId = request.session?.passport?.user;
      socket.data.threadNetworks = {};
      socket.data.planNetworks = {};
      socket.data.documentNetworks = {};
      if (request.sessionID) void socket.join(sessionRoom(request.sessionID));
      if (!userId) {
        socket.data.user = null;
        return next();
      }
      this.users.findById(userId).then(
        (user) => {
          socket.data.user = user;
          if (user) void socket.join(userRoom(user.id));
          next();
        },
        (error: unknown) => {
          this.logger.error({ err: error }, 'loading the account of a socket failed');
          next(new Error('session lookup failed'));
        },
      );
    });
  }

  onModuleInit(): void {
    this.subscription = this.events.stream.subscribe((event) => {
      this.dispatch(event).catch((error: unknown) =>
        this.logger.error({ err: error, event: event.name }, 'sending a live event failed'),
      );
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  @SubscribeMessage('thread.subscribe')
  async subscribeThread(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: ThreadRoomPayload): Promise<SubscribeAck> {
    const threadId = payload?.threadId;
    if (typeof threadId !== 'string' || !UUID.test(threadId)) return { ok: false, code: 'invalid' };
    const thread = await this.dataSource.getRepository(ThreadEntity).findOneBy({ id: threadId });
    if (!thread) return { ok: false, code: 'not_found' };
    const network = await this.access.findReadableNetwork(thread.networkId, socket.data.user);
    if (!network) return { ok: false, code: 'forbidden' };

    socket.data.threadNetworks[threadId] = network.id;
    await socket.join(threadRoom(threadId));
    return { ok: true };
  }

  @SubscribeMessage('thread.unsubscribe')
  async unsubscribeThread(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: ThreadRoomPayload): Promise<void> {
    if (typeof payload?.threadId !== 'string') return;
    delete socket.data.threadNetworks[payload.threadId];
    await socket.leave(threadRoom(payload.threadId));
  }

  @SubscribeMessage('network.subscribe')
  async subscribeNetwork(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: NetworkRoomPayload): Promise<SubscribeAck> {
    const networkId = payload?.networkId;
    if (typeof networkId !== 'string' || !UUID.test(networkId)) return { ok: false, code: 'invalid' };
    if (!(await this.dataSource.getRepository(NetworkEntity).existsBy({ id: networkId }))) {
      return { ok: false, code: 'not_found' };
    }
    const network = await this.access.findReadableNetwork(networkId, socket.data.user);
    if (!network) return { ok: false, code: 'forbidden' };
    await socket.join(networkRoom(networkId));
    return { ok: true };
  }

  @SubscribeMessage('network.unsubscribe')
  async unsubscribeNetwork(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: NetworkRoomPayload): Promise<void> {
    if (typeof payload?.networkId !== 'string') return;
    await socket.leave(networkRoom(payload.networkId));
  }

  @SubscribeMessage('plan.subscribe')
  async subscribePlan(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: PlanRoomPayload): Promise<SubscribeAck> {
    const planId = payload?.planId;
    if (typeof planId !== 'string' || !UUID.test(planId)) return { ok: false, code: 'invalid' };
    const plan = await this.dataSource.getRepository(PlanEntity).findOneBy({ id: planId });
    if (!plan) return { ok: false, code: 'not_found' };
    const network = await this.access.findReadableNetwork(plan.networkId, socket.data.user);
    if (!network) return { ok: false, code: 'forbidden' };

    socket.data.planNetworks[planId] = network.id;
    await socket.join(planRoom(planId));
    return { ok: true };
  }

  @SubscribeMessage('plan.unsubscribe')
  async unsubscribePlan(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: PlanRoomPayload): Promise<void> {
    if (typeof payload?.planId !== 'string') return;
    delete socket.data.planNetworks[payload.planId];
    await socket.leave(planRoom(payload.planId));
  }

  @SubscribeMessage('document.subscribe')
  async subscribeDocument(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: DocumentRoomPayload): Promise<SubscribeAck> {
    const documentId = payload?.documentId;
    if (typeof documentId !== 'string' || !UUID.test(documentId)) return { ok: false, code: 'invalid' };
    const document = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id: documentId });
    if (!document) return { ok: false, code: 'not_found' };
    if (document.networkId) {
      const network = await this.access.findReadableNetwork(document.networkId, socket.data.user);
      if (!network) return { ok: false, code: 'forbidden' };
      socket.data.documentNetworks[documentId] = network.id;
    }
    await socket.join(documentRoom(documentId));
    return { ok: true };
  }

  @SubscribeMessage('document.unsubscribe')
  async unsubscribeDocument(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: DocumentRoomPayload): Promise<void> {
    if (typeof payload?.documentId !== 'string') return;
    delete socket.data.documentNetworks[payload.documentId];
    await socket.leave(documentRoom(payload.documentId));
  }

  /** Joins the live moderation queue after the same check as reading the queue over HTTP. */
  @SubscribeMessage('moderation.subscribe')
  async subscribeModeration(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: NetworkRoomPayload): Promise<SubscribeAck> {
    const networkId = payload?.networkId;
    if (typeof networkId !== 'string' || !UUID.test(networkId)) return { ok: false, code: 'invalid' };
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: networkId });
    if (!network) return { ok: false, code: 'not_found' };
    const user = socket.data.user ?? undefined;
    if (!this.access.canSeeNetwork(network, user) || !(await this.access.isModerator(network, user))) {
      return { ok: false, code: 'forbidden' };
    }
    await socket.join(moderationRoom(networkId));
    return { ok: true };
  }

  @SubscribeMessage('moderation.unsubscribe')
  async unsubscribeModeration(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: NetworkRoomPayload): Promise<void> {
    if (typeof payload?.networkId !== 'string') return;
    await socket.leave(moderationRoom(payload.networkId));
  }

  private async dispatch(event: DomainEvent): Promise<void> {
    switch (event.name) {
      case 'report.created':
      case 'report.resolved':
      case 'moderation.queue.changed':
        this.server.to(moderationRoom(event.payload.networkId)).emit(event.name, event.payload);
        return;
      case 'thread.updated': {
        const { previousNetworkId, ...payload } = event.payload;
        const rooms = [threadRoom(payload.threadId), networkRoom(payload.networkId)];
        if (previousNetworkId) {
          rooms.push(networkRoom(previousNetworkId));
          await this.recheckThreadRoom(payload.threadId, payload.networkId);
        }
        this.server.to(rooms).emit(event.name, payload);
        return;
      }
      case 'moderation.acted':
        if (event.payload.action === 'member.role_changed' && event.payload.targetUserId) {
          await this.recheckModerationRoom(event.payload.networkId, event.payload.targetUserId);
        }
        return;
      case 'post.created':
      case 'post.updated':
      case 'post.deleted':
        this.server.to(threadRoom(event.payload.threadId)).emit(event.name, event.payload);
        return;
      case 'thread.created':
        this.server.to(networkRoom(event.payload.networkId)).emit(event.name, event.payload);
        return;
      case 'plan.updated':
        // One broadcast to both rooms, so a socket in both gets the event once.
        this.server.to([planRoom(event.payload.planId), networkRoom(event.payload.networkId)]).emit(event.name, event.payload);
        return;
      case 'document.changed': {
        const rooms = [documentRoom(event.payload.documentId)];
        if (event.payload.networkId) rooms.push(networkRoom(event.payload.networkId));
        this.server.to(rooms).emit(event.name, event.payload);
        return;
      }
      case 'membership.ended':
        if (event.payload.visibility === 'closed') {
          await this.removeFromClosedNetwork(event.payload.networkId, event.payload.userId);
        }
        // After the closed-network rooms: this check queries the database.
        await this.recheckModerationRoom(event.payload.networkId, event.payload.userId);
        return;
      case 'session.ended':
        this.server.in(sessionRoom(event.payload.sessionId)).disconnectSockets(true);
        return;
      case 'notification.created': {
        const { userId, ...payload } = event.payload;
        this.server.to(userRoom(userId)).emit(event.name, payload);
        return;
      }
      case 'notifications.read': {
        const { userId, ...payload } = event.payload;
        this.server.to(userRoom(userId)).emit(event.name, payload);
        return;
      }
    }
  }

  /** Takes a person's sockets out of a network's moderation room when they no longer moderate it. */
  private async recheckModerationRoom(networkId: string, userId: string): Promise<void> {
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    if (!sockets.some((socket) => socket.rooms.has(moderationRoom(networkId)))) return;
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: networkId });
    for (const socket of sockets) {
      const user = socket.data.user ?? undefined;
      if (!network || !(await this.access.isModerator(network, user))) socket.leave(moderationRoom(networkId));
    }
  }

  /**
   * After a thread moved to another network, sockets that may not read the new network leave the
   * thread room, so a thread moved into a closed network stops reaching outsiders.
   */
  private async recheckThreadRoom(threadId: string, networkId: string): Promise<void> {
    for (const socket of await this.server.in(threadRoom(threadId)).fetchSockets()) {
      if (await this.access.findReadableNetwork(networkId, socket.data.user)) {
        socket.data.threadNetworks[threadId] = networkId;
      } else {
        socket.leave(threadRoom(threadId));
      }
    }
  }

  /**
   * After someone leaves a closed network, their sockets leave its network, thread and plan rooms,
   * unless they are an administrator, who may read it without membership. Nothing here waits for
   * I/O with Socket.io's in-memory adapter, so the rooms are left before the client can send its
   * next request. A database query here would leave a short window in which that request's events
   * still reach the socket.
   */
  private async removeFromClosedNetwork(networkId: string, userId: string): Promise<void> {
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    for (const socket of sockets) {
      if (socket.data.user?.isAdmin) continue;
      socket.leave(networkRoom(networkId));
      for (const [threadId, threadNetworkId] of Object.entries(socket.data.threadNetworks ?? {})) {
        if (threadNetworkId === networkId) socket.leave(threadRoom(threadId));
      }
      for (const [planId, planNetworkId] of Object.entries(socket.data.planNetworks ?? {})) {
        if (planNetworkId === networkId) socket.leave(planRoom(planId));
      }
      for (const [documentId, documentNetworkId] of Object.entries(socket.data.documentNetworks ?? {})) {
        if (documentNetworkId === networkId) socket.leave(documentRoom(documentId));
      }
    }
  }
}
