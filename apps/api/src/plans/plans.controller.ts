import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { PlanDetail, PlanRevisionDetail, PlanRevisionSummary, PlanSummary } from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { PlanExportService } from './plan-export.service';
import {
  PlanConflictBodyDto,
  PlanDetailDto,
  PlanRevisionDetailDto,
  PlanRevisionSummaryDto,
  PlanSummaryDto,
} from './plan-responses.dto';
import { PlanReuseService } from './plan-reuse.service';
import { PlanRevisionsService } from './plan-revisions.service';
import {
  ChangePlanStatusDto,
  CreatePlanDto,
  LockPlanDto,
  PlanListQueryDto,
  RestorePlanRevisionDto,
  ReusePlanDto,
  UpdatePlanDto,
} from './plans.dto';
import { PlansService } from './plans.service';

const uuid = new ParseUUIDPipe();
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Encodes a file name for the `filename*` parameter of Content-Disposition (RFC 8187). */
function encodeFileName(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly revisions: PlanRevisionsService,
    private readonly reuse: PlanReuseService,
    private readonly exporter: PlanExportService,
  ) {}

  @Get('networks/:slug/plans')
  @ApiOkResponse({ type: [PlanSummaryDto], description: 'Most recently changed first.' })
  listForNetwork(@Param('slug') slug: string, @CurrentUser() user: UserEntity | undefined): Promise<PlanSummary[]> {
    return this.plans.listForNetwork(slug, user);
  }

  @Post('networks/:slug/plans')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: PlanDetailDto, description: 'The plan with revision 1 and its discussion thread.' })
  create(@Param('slug') slug: string, @Body() body: CreatePlanDto, @CurrentUser() user: UserEntity): Promise<PlanDetail> {
    return this.plans.create(slug, user, body);
  }

  @Get('plans')
  @ApiOkResponse({ type: [PlanSummaryDto], description: 'Plans in every network the person may read, most recently changed first.' })
  listReadable(@Query() query: PlanListQueryDto, @CurrentUser() user: UserEntity | undefined): Promise<PlanSummary[]> {
    return this.plans.listReadable(user, query);
  }

  @Get('plans/:id')
  @ApiOkResponse({ type: PlanDetailDto })
  get(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity | undefined): Promise<PlanDetail> {
    return this.plans.detail(id, user);
  }

  @Put('plans/:id')
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PlanDetailDto, description: 'The plan with the new revision.' })
  @ApiConflictResponse({ type: PlanConflictBodyDto, description: 'revision_conflict with the current plan, or plan_locked.' })
  update(@Param('id', uuid) id: string, @Body() body: UpdatePlanDto, @CurrentUser() user: UserEntity): Promise<PlanDetail> {
    return this.plans.update(id, user, body);
  }

  @Post('plans/:id/status')
  @HttpCode(200)
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PlanDetailDto })
  changeStatus(@Param('id', uuid) id: string, @Body() body: ChangePlanStatusDto, @CurrentUser() user: UserEntity): Promise<PlanDetail> {
    return this.plans.changeStatus(id, user, body);
  }

  @Get('plans/:id/revisions')
  @ApiOkResponse({ type: [PlanRevisionSummaryDto], description: 'Newest first.' })
  listRevisions(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity | undefined): Promise<PlanRevisionSummary[]> {
    return this.revisions.list(id, user);
  }

  @Get('plans/:id/revisions/:revision')
  @ApiOkResponse({ type: PlanRevisionDetailDto })
  getRevision(
    @Param('id', uuid) id: string,
    @Param('revision', ParseIntPipe) revision: number,
    @CurrentUser() user: UserEntity | undefined,
  ): Promise<PlanRevisionDetail> {
    return this.revisions.detail(id, revision, user);
  }

  @Post('plans/:id/revisions/:revision/restore')
  @HttpCode(200)
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PlanDetailDto, description: 'The plan with a new revision that has the restored content.' })
  @ApiConflictResponse({ type: PlanConflictBodyDto })
  restore(
    @Param('id', uuid) id: string,
    @Param('revision', ParseIntPipe) revision: number,
    @Body() body: RestorePlanRevisionDto,
    @CurrentUser() user: UserEntity,
  ): Promise<PlanDetail> {
    return this.revisions.restore(id, revision, user, body.baseRevision);
  }

  @Post('plans/:id/lock')
  @HttpCode(200)
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PlanDetailDto })
  lock(@Param('id', uuid) id: string, @Body() body: LockPlanDto, @CurrentUser() user: UserEntity): Promise<PlanDetail> {
    return this.plans.lock(id, user, body.reason);
  }

  @Delete('plans/:id/lock')
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PlanDetailDto })
  unlock(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity): Promise<PlanDetail> {
    return this.plans.unlock(id, user);
  }

  @Post('plans/:id/reuse')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: PlanDetailDto, description: 'The copy, with `source` pointing to this plan.' })
  reusePlan(@Param('id', uuid) id: string, @Body() body: ReusePlanDto, @CurrentUser() user: UserEntity): Promise<PlanDetail> {
    return this.reuse.reuse(id, user, body);
  }

  @Get('plans/:id/export.docx')
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ description: 'The plan as an editable Word document.' })
  async export(
    @Param('id', uuid) id: string,
    @CurrentUser() user: UserEntity | undefined,
  ): Promise<StreamableFile> {
    const document = await this.exporter.export(id, user);
    // Helmet already sends X-Content-Type-Options: nosniff on every response.
    return new StreamableFile(document.content, {
      type: DOCX_TYPE,
      disposition: `attachment; filename="${document.fileName}"; filename*=UTF-8''${encodeFileName(document.unicodeFileName)}`,
      length: document.content.length,
    });
  }
}
