import { Global, Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships/memberships.module';
import { UsersModule } from '../users/users.module';
import { DomainEvents } from './domain-events';
import { RealtimeGateway } from './realtime.gateway';

/** Global so that every domain module can emit events without importing the gateway's dependencies. */
@Global()
@Module({
  imports: [MembershipsModule, UsersModule],
  providers: [DomainEvents, RealtimeGateway],
  exports: [DomainEvents],
})
export class RealtimeModule {}
