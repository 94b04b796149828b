import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { BarrierReport, BarrierReportInput, BarrierReportStatus } from '@inclusieplein/contract';
import { Repository } from 'typeorm';
import { ApiException, notFound } from '../common/api-error';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { BarrierReportEntity } from './barrier-report.entity';

/** Visitors may send this many reports per client address per hour, so the list cannot be flooded. */
const MAX_REPORTS_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

function toBarrierReport(report: BarrierReportEntity): BarrierReport {
  return {
    id: report.id,
    page: report.page,
    description: report.description,
    assistiveTechnology: report.assistiveTechnology,
    contactName: report.contactName,
    contactEmail: report.contactEmail,
    reporter: report.reporter ? toPersonSummary(report.reporter) : null,
    status: report.status,
    createdAt: report.createdAt.toISOString(),
    handledAt: report.handledAt?.toISOString() ?? null,
  };
}

@Injectable()
export class BarrierReportsService {
  private readonly logger = new Logger(BarrierReportsService.name);
  // NOTE: kept in this process only. Several API instances would each count on their own.
  private readonly recentByAddress = new Map<string, number[]>();

  constructor(@InjectRepository(BarrierReportEntity) private readonly reports: Repository<BarrierReportEntity>) {}

  async create(input: BarrierReportInput, user: UserEntity | undefined, clientAddress: string): Promise<BarrierReport> {
    if (!user) this.countAnonymousReport(clientAddress);
    const saved = await this.reports.save(
      this.reports.create({
        page: input.page ?? null,
        description: input.description,
        assistiveTechnology: input.assistiveTechnology ?? null,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        reporterId: user?.id ?? null,
        status: 'open',
      }),
    );
    this.logger.log({ reportId: saved.id }, 'barrier report received');
    return this.get(saved.id);
  }

  /** Lists all reports, open ones first and newest first within each status. */
  async list(): Promise<BarrierReport[]> {
    const reports = await this.reports.find({ relations: { reporter: true }, order: { status: 'DESC', createdAt: 'DESC' } });
    return reports.map(toBarrierReport);
  }

  async setStatus(id: string, status: BarrierReportStatus, admin: UserEntity): Promise<BarrierReport> {
    const result = await this.reports.update(
      { id },
      status === 'handled'
        ? { status, handledById: admin.id, handledAt: new Date() }
        : { status, handledById: null, handledAt: null },
    );
    if (!result.affected) throw notFound('The report');
    return this.get(id);
  }

  private async get(id: string): Promise<BarrierReport> {
    const report = await this.reports.findOne({ where: { id }, relations: { reporter: true } });
    if (!report) throw notFound('The report');
    return toBarrierReport(report);
  }

  private countAnonymousReport(clientAddress: string, now = Date.now()): void {
    const recent = (this.recentByAddress.get(clientAddress) ?? []).filter((time) => now - time < HOUR_MS);
    if (recent.length >= MAX_REPORTS_PER_HOUR) {
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        'too_many_requests',
        `At most ${MAX_REPORTS_PER_HOUR} reports per hour can be sent without an account.`,
      );
    }
    recent.push(now);
    this.recentByAddress.set(clientAddress, recent);
  }
}
