import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipsModule } from '../memberships/memberships.module';
import { NetworkEntity } from '../networks/network.entity';
import { DiscussionsController } from './discussions.controller';
import { DiscussionsService } from './discussions.service';
import { PostRevisionEntity } from './post-revision.entity';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, PostEntity, PostRevisionEntity, NetworkEntity]), MembershipsModule],
  controllers: [DiscussionsController],
  providers: [DiscussionsService],
})
export class DiscussionsModule {}
