import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships/memberships.module';
import { PlanExportService } from './plan-export.service';
import { PlanReuseService } from './plan-reuse.service';
import { PlanRevisionsService } from './plan-revisions.service';
import { PlanViewService } from './plan-view.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [MembershipsModule],
  controllers: [PlansController],
  providers: [PlanViewService, PlansService, PlanRevisionsService, PlanReuseService, PlanExportService],
})
export class PlansModule {}
