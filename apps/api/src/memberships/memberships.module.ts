import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NetworkEntity } from '../networks/network.entity';
import { ModerationCoreModule } from '../moderation/moderation-core.module';
import { UsersModule } from '../users/users.module';
import { MembershipRequestEntity } from './membership-request.entity';
import { MembershipEntity } from './membership.entity';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { NetworkAccessService } from './network-access.service';

@Module({
  imports: [TypeOrmModule.forFeature([MembershipEntity, MembershipRequestEntity, NetworkEntity]), UsersModule, ModerationCoreModule],
  controllers: [MembershipsController],
  providers: [MembershipsService, NetworkAccessService],
  exports: [NetworkAccessService, MembershipsService],
})
export class MembershipsModule {}
