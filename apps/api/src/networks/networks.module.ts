import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipRequestEntity } from '../memberships/membership-request.entity';
import { MembershipsModule } from '../memberships/memberships.module';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { UsersModule } from '../users/users.module';
import { ExternalNetworkEntity } from './external-network.entity';
import { NetworkEntity } from './network.entity';
import { NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';
import { ExternalNetworksService } from './external-networks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([NetworkEntity, ExternalNetworkEntity, CrpdArticleEntity, MembershipRequestEntity]),
    MembershipsModule,
    UsersModule,
  ],
  controllers: [NetworksController],
  providers: [NetworksService, ExternalNetworksService],
})
export class NetworksModule {}
