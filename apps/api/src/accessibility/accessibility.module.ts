import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BarrierReportEntity } from './barrier-report.entity';
import { BarrierReportsController } from './barrier-reports.controller';
import { BarrierReportsService } from './barrier-reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([BarrierReportEntity])],
  controllers: [BarrierReportsController],
  providers: [BarrierReportsService],
})
export class AccessibilityModule {}
