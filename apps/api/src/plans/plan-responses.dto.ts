import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  NetworkVisibility,
  PlanAction,
  PlanActionStatus,
  PlanConflictBody,
  PlanDetail,
  PlanReuse,
  PlanRevisionDetail,
  PlanRevisionSummary,
  PlanSource,
  PlanStatus,
  PlanStatusChange,
  PlanSummary,
} from '@inclusieplein/contract';
import { PLAN_STATUSES } from '@inclusieplein/contract';
import { CrpdArticleDto, MunicipalityDto } from '../reference-data/reference-data.dto';
import { PersonSummaryDto } from '../users/users.dto';
import { PLAN_ACTION_STATUSES } from './plans.dto';

class PlanNetworkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['open', 'closed'] }) visibility: NetworkVisibility;
}

export class PlanActionDto implements PlanAction {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) responsibleMember: PersonSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) responsibleOrganisation: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-09-30' }) deadline: string | null;
  @ApiProperty({ enum: PLAN_ACTION_STATUSES }) status: PlanActionStatus;
  @ApiProperty() overdue: boolean;
}

export class PlanSourceDto implements PlanSource {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() title: string;
  @ApiProperty() revision: number;
  @ApiProperty({ type: [MunicipalityDto] }) municipalities: MunicipalityDto[];
  @ApiProperty({ description: 'Empty when the source is not readable' }) networkSlug: string;
  @ApiProperty() readable: boolean;
}

export class PlanReuseDto implements PlanReuse {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [MunicipalityDto] }) municipalities: MunicipalityDto[];
  @ApiProperty() networkSlug: string;
}

export class PlanStatusChangeDto implements PlanStatusChange {
  @ApiPropertyOptional({ enum: PLAN_STATUSES, nullable: true }) from: PlanStatus | null;
  @ApiProperty({ enum: PLAN_STATUSES }) to: PlanStatus;
  @ApiProperty({ type: PersonSummaryDto }) changedBy: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
}

export class PlanSummaryDto implements PlanSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PlanNetworkDto }) network: PlanNetworkDto;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status: PlanStatus;
  @ApiProperty({ type: [MunicipalityDto] }) municipalities: MunicipalityDto[];
  @ApiProperty({ type: [Number] }) crpdArticleNumbers: number[];
  @ApiProperty() revision: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() overdueActionCount: number;
  @ApiProperty() locked: boolean;
}

export class PlanDetailDto extends PlanSummaryDto implements PlanDetail {
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty() bodyHtml: string;
  @ApiProperty({ type: [CrpdArticleDto] }) crpdArticles: CrpdArticleDto[];
  @ApiProperty({ type: [PlanActionDto] }) actions: PlanActionDto[];
  @ApiProperty({ type: [PlanStatusChangeDto], description: 'Oldest first' }) statusHistory: PlanStatusChangeDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) lockReason: string | null;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) lockedBy: PersonSummaryDto | null;
  @ApiProperty({ type: PersonSummaryDto }) createdBy: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: PersonSummaryDto }) updatedBy: PersonSummaryDto;
  @ApiPropertyOptional({ type: PlanSourceDto, nullable: true }) source: PlanSourceDto | null;
  @ApiProperty({ type: [PlanReuseDto] }) reusedBy: PlanReuseDto[];
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty() canEdit: boolean;
  @ApiProperty() canLock: boolean;
}

export class PlanRevisionSummaryDto implements PlanRevisionSummary {
  @ApiProperty() revision: number;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() changeSummary: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) restoredFrom: number | null;
}

class PlanRevisionActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) responsibleMember: PersonSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) responsibleOrganisation: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) deadline: string | null;
  @ApiProperty({ enum: PLAN_ACTION_STATUSES }) status: PlanActionStatus;
}

export class PlanRevisionDetailDto extends PlanRevisionSummaryDto implements PlanRevisionDetail {
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) municipalityCodes: string[];
  @ApiProperty({ type: [Number] }) crpdArticleNumbers: number[];
  @ApiProperty({ type: [PlanRevisionActionDto] }) actions: PlanRevisionActionDto[];
}

export class PlanConflictBodyDto implements PlanConflictBody {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ enum: ['revision_conflict'] }) code: 'revision_conflict';
  @ApiProperty() message: string;
  @ApiProperty({ type: PlanDetailDto, description: 'The plan as it is now, to merge with' }) current: PlanDetailDto;
}
