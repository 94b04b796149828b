import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditLogPage, ModerationAction } from '@inclusieplein/contract';
import { AUDIT_LOG_PAGE_SIZE } from '@inclusieplein/contract';
import { DataSource, In } from 'typeorm';
import { forbidden } from '../common/api-error';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { AuditLogEntryEntity } from './moderation.entities';

export interface AuditLogFilter {
  action?: ModerationAction;
  page?: number;
  pageSize?: number;
}

/** Reads the audit log, newest first. There is no way to change it: the API only reads, and the database rejects changes. */
@Injectable()
export class AuditLogQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
  ) {}

  async forNetwork(slug: string, user: UserEntity, filter: AuditLogFilter): Promise<AuditLogPage> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanModerate(network, user);
    return this.page(network.id, filter);
  }

  async forAdministrator(user: UserEntity, filter: AuditLogFilter & { networkId?: string }): Promise<AuditLogPage> {
    if (!user.isAdmin) throw forbidden('Only platform administrators can read the audit log of all networks.');
    return this.page(filter.networkId ?? null, filter);
  }

  private async page(networkId: string | null, filter: AuditLogFilter): Promise<AuditLogPage> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? AUDIT_LOG_PAGE_SIZE.default;
    const where = { ...(networkId ? { networkId } : {}), ...(filter.action ? { action: filter.action } : {}) };
    const [rows, total] = await this.dataSource.getRepository(AuditLogEntryEntity).findAndCount({
      where,
      relations: { actor: true, targetUser: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const networks = await this.dataSource
      .getRepository(NetworkEntity)
      .findBy({ id: In([...new Set(rows.map((row) => row.networkId))]) });
    const networkById = new Map(networks.map((network) => [network.id, { id: network.id, slug: network.slug, name: network.name }]));
    return { entries: rows.map((row) => toAuditEntry(row, networkById.get(row.networkId)!)), total, page, pageSize };
  }
}

function toAuditEntry(row: AuditLogEntryEntity, network: AuditEntry['network']): AuditEntry {
  return {
    id: row.id,
    network,
    action: row.action,
    actor: toPersonSummary(row.actor),
    targetType: row.targetType,
    targetId: row.targetId,
    targetUser: row.targetUser ? toPersonSummary(row.targetUser) : null,
    reason: row.reason,
    details: row.details,
    createdAt: row.createdAt.toISOString(),
  };
}
