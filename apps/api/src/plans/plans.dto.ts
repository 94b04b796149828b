import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ChangePlanStatusRequest,
  CreatePlanRequest,
  LockPlanRequest,
  PlanActionInput,
  PlanActionStatus,
  PlanContentInput,
  PlanListQuery,
  PlanStatus,
  RestorePlanRevisionRequest,
  ReusePlanRequest,
  UpdatePlanRequest,
} from '@inclusieplein/contract';
import { LIMITS, PLAN_STATUSES } from '@inclusieplein/contract';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';

export const PLAN_ACTION_STATUSES: readonly PlanActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

/** Upper bounds of the reference lists: 50 convention articles and the 342 municipalities of 2025. */
const MAX_ARTICLES = 50;
const MAX_MUNICIPALITIES = 342;

/** Declares the optional Markdown body of a plan, kept as typed except for trailing white space. */
function PlanBody(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'Markdown', maxLength: LIMITS.planBody.max }),
    Transform(({ value }) => (typeof value === 'string' ? value.trimEnd() : value)),
    IsOptional(),
    IsString({ message: 'must be text' }),
    MaxLength(LIMITS.planBody.max, {
      context: { max: LIMITS.planBody.max },
      message: `must be at most ${LIMITS.planBody.max} characters`,
    }),
  );
}

/** Declares the revision number that the editor started from. */
function BaseRevision(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minimum: 1, example: 3 }),
    IsInt({ message: 'must be a revision number' }),
    Min(1, { message: 'must be a revision number' }),
  );
}

export class PlanActionInputDto implements PlanActionInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id of an existing action to keep; left out for a new action' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of an action' })
  id?: string;

  @RequiredText({ ...LIMITS.planActionDescription, example: 'Hellingbaan bij de ingang van het gemeentehuis' })
  description: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a member' })
  responsibleMemberId?: string | null;

  @OptionalText({ ...LIMITS.planResponsibleOrganisation, nullable: true })
  responsibleOrganisation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-09-30', description: 'Calendar date, YYYY-MM-DD' })
  @IsOptional()
  @IsString({ message: 'must be a date in the form YYYY-MM-DD' })
  deadline?: string | null;

  @ApiProperty({ enum: PLAN_ACTION_STATUSES })
  @IsIn(PLAN_ACTION_STATUSES, { message: `must be one of ${PLAN_ACTION_STATUSES.join(', ')}` })
  status: PlanActionStatus;
}

export class PlanContentInputDto implements PlanContentInput {
  @RequiredText({ ...LIMITS.planTitle, example: 'Toegankelijke stembureaus' })
  title: string;

  @OptionalText({ ...LIMITS.planSummary })
  summary: string = '';

  @PlanBody()
  body: string = '';

  @ApiProperty({ type: [String], example: ['GM0344'] })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(MAX_MUNICIPALITIES, { context: { max: MAX_MUNICIPALITIES }, message: `must contain at most ${MAX_MUNICIPALITIES} codes` })
  @IsString({ each: true, message: 'must contain CBS codes' })
  municipalityCodes: string[] = [];

  @ApiProperty({ type: [Number], example: [9, 29], description: 'Convention article numbers, 1 to 50' })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(MAX_ARTICLES, { context: { max: MAX_ARTICLES }, message: `must contain at most ${MAX_ARTICLES} articles` })
  @IsInt({ each: true, message: 'must contain article numbers' })
  crpdArticleNumbers: number[] = [];

  @ApiProperty({ type: [PlanActionInputDto], maxItems: LIMITS.planActions.max })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(LIMITS.planActions.max, {
    context: { max: LIMITS.planActions.max },
    message: `must contain at most ${LIMITS.planActions.max} actions`,
  })
  @ValidateNested({ each: true })
  @Type(() => PlanActionInputDto)
  actions: PlanActionInputDto[] = [];
}

export class CreatePlanDto extends PlanContentInputDto implements CreatePlanRequest {
  @ApiPropertyOptional({ enum: PLAN_STATUSES, default: 'idea' })
  @IsOptional()
  @IsIn(PLAN_STATUSES, { message: `must be one of ${PLAN_STATUSES.join(', ')}` })
  status?: PlanStatus;
}

export class UpdatePlanDto extends PlanContentInputDto implements UpdatePlanRequest {
  @BaseRevision()
  baseRevision: number;

  @OptionalText({ ...LIMITS.planChangeSummary, example: 'Deadline van de hellingbaan verschoven' })
  changeSummary: string = '';
}

export class ChangePlanStatusDto implements ChangePlanStatusRequest {
  @ApiProperty({ enum: PLAN_STATUSES })
  @IsIn(PLAN_STATUSES, { message: `must be one of ${PLAN_STATUSES.join(', ')}` })
  status: PlanStatus;

  @OptionalText({ ...LIMITS.planStatusNote, nullable: true })
  note?: string | null;
}

export class LockPlanDto implements LockPlanRequest {
  @RequiredText({ ...LIMITS.planLockReason, example: 'Vastgesteld door de gemeenteraad' })
  reason: string;
}

export class RestorePlanRevisionDto implements RestorePlanRevisionRequest {
  @BaseRevision()
  baseRevision: number;
}

export class ReusePlanDto implements ReusePlanRequest {
  @ApiProperty({ example: 'toegankelijke-openbare-ruimte' })
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  networkSlug: string;

  @ApiProperty({ example: 'GM0363', description: 'CBS code of the municipality the copy is for' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  municipalityCode: string;
}

export class PlanListQueryDto implements PlanListQuery {
  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES, { message: `must be one of ${PLAN_STATUSES.join(', ')}` })
  status?: PlanStatus;

  @ApiPropertyOptional({ example: 'GM0344', description: 'CBS code' })
  @IsOptional()
  @IsString({ message: 'must be a CBS code' })
  municipality?: string;

  @ApiPropertyOptional({ example: 9, description: 'Convention article number' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be an article number' })
  article?: number;
}
