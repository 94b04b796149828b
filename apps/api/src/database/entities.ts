import { BarrierReportEntity } from '../accessibility/barrier-report.entity';
import {
  DocumentDeletionEntity,
  DocumentEntity,
  DocumentVersionEntity,
  UploadEntity,
} from '../documents/document.entity';
import { PostRevisionEntity } from '../discussions/post-revision.entity';
import { PostEntity } from '../discussions/post.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { MembershipRequestEntity } from '../memberships/membership-request.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { MODERATION_ENTITIES } from '../moderation/moderation.entities';
import { ExternalNetworkEntity } from '../networks/external-network.entity';
import { NetworkEntity } from '../networks/network.entity';
import { PlanRevisionEntity, PlanStatusChangeEntity } from '../plans/plan-history.entity';
import { PlanActionEntity, PlanEntity } from '../plans/plan.entity';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  MunicipalityEntity,
  CrpdArticleEntity,
  UserEntity,
  NetworkEntity,
  ExternalNetworkEntity,
  MembershipEntity,
  MembershipRequestEntity,
  ThreadEntity,
  PostEntity,
  PostRevisionEntity,
  BarrierReportEntity,
  PlanEntity,
  PlanActionEntity,
  PlanRevisionEntity,
  PlanStatusChangeEntity,
  UploadEntity,
  DocumentEntity,
  DocumentVersionEntity,
  DocumentDeletionEntity,
  ...MODERATION_ENTITIES,
];
