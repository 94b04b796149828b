import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BarrierReport } from '@inclusieplein/contract';
import type { Request } from 'express';
import { AdminGuard, CurrentUser } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { BarrierReportDto, BarrierReportInputDto, UpdateBarrierReportDto } from './barrier-reports.dto';
import { BarrierReportsService } from './barrier-reports.service';

@ApiTags('accessibility')
@Controller('barrier-reports')
export class BarrierReportsController {
  constructor(private readonly reports: BarrierReportsService) {}

  @Post()
  @ApiCreatedResponse({ type: BarrierReportDto, description: 'Anyone may report a barrier; administrators see it.' })
  create(
    @Body() body: BarrierReportInputDto,
    @CurrentUser() user: UserEntity | undefined,
    @Req() request: Request,
  ): Promise<BarrierReport> {
    return this.reports.create(body, user, request.ip ?? 'unknown');
  }

  @Get()
  @UseGuards(AdminGuard)
  @ApiOkResponse({ type: [BarrierReportDto] })
  list(): Promise<BarrierReport[]> {
    return this.reports.list();
  }

  @Patch(':id')
  @UseGuards(AdminGuard)
  @ApiOkResponse({ type: BarrierReportDto })
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateBarrierReportDto,
    @CurrentUser() user: UserEntity,
  ): Promise<BarrierReport> {
    return this.reports.setStatus(id, body.status, user);
  }
}
