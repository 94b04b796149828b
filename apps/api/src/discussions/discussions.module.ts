import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipsModule } from '../memberships/memberships.module';
import { ModerationCoreModule } from '../moderation/moderation-core.module';
import { NetworkEntity } from '../networks/network.entity';
import { DiscussionsController } from './discussions.controller';
import { DiscussionsService } from './discussions.service';
import { PostRevisionEntity } from './post-revision.entity';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, PostEntity, PostRevisionEntity, NetworkEntity]), MembershipsModule, ModerationCoreModule],
  controllers: [DiscussionsController],
  providers: [DiscussionsService],
  exports: [DiscussionsService],
})
export class DiscussionsModule {}
