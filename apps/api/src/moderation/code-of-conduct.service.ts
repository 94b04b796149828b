import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CodeOfConduct, CodeOfConductStatus } from '@inclusieplein/contract';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, forbidden, notFound } from '../common/api-error';
import { isUniqueViolation } from '../common/database-errors';
import { renderMarkdown } from '../discussions/markdown';
import { NetworkAccessService } from '../memberships/network-access.service';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { AuditLogService } from './audit-log.service';
import { MembershipRulesService } from './membership-rules.service';
import { CodeOfConductAcceptanceEntity, CodeOfConductVersionEntity } from './moderation.entities';

function toCodeOfConduct(row: CodeOfConductVersionEntity): CodeOfConduct {
  return {
    networkId: row.networkId,
    version: row.version,
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    changeNote: row.changeNote,
    author: toPersonSummary(row.author),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A network's code of conduct: owners save versions, people accept one to join. */
@Injectable()
export class CodeOfConductService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly rules: MembershipRulesService,
    private readonly audit: AuditLogService,
  ) {}

  /** Returns the current code and whether the person accepted it, to everyone who may see the network. */
  async status(slug: string, user: UserEntity): Promise<CodeOfConductStatus> {
    const network = await this.access.getNetworkBySlug(slug);
    if (!this.access.canSeeNetwork(network, user)) throw notFound('The network');
    return this.statusOf(this.dataSource.manager, network.id, user.id);
  }

  async statusOf(manager: EntityManager, networkId: string, userId: string): Promise<CodeOfConductStatus> {
    const current = await manager.findOne(CodeOfConductVersionEntity, {
      where: { networkId },
      relations: { author: true },
      order: { version: 'DESC' },
    });
    const accepted = await manager.findOne(CodeOfConductAcceptanceEntity, {
      where: { networkId, userId },
      order: { version: 'DESC' },
    });
    const myAcceptedVersion = accepted?.version ?? null;
    return {
      current: current ? toCodeOfConduct(current) : null,
      myAcceptedVersion,
      acceptedCurrent: current === null || myAcceptedVersion === current.version,
    };
  }

  async versions(slug: string, user: UserEntity): Promise<CodeOfConduct[]> {
    const network = await this.access.getNetworkBySlug(slug);
    if (!this.access.canSeeNetwork(network, user)) throw notFound('The network');
    const rows = await this.dataSource.getRepository(CodeOfConductVersionEntity).find({
      where: { networkId: network.id },
      relations: { author: true },
      order: { version: 'DESC' },
    });
    return rows.map(toCodeOfConduct);
  }

  /** Saves a new version. The owner who writes it accepts it too. */
  async update(slug: string, user: UserEntity, input: { body: string; changeNote?: string | null }): Promise<CodeOfConduct> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertIsOwner(network, user);

    let version: number;
    try {
      version = await this.dataSource.transaction(async (manager) => {
        const next = ((await this.rules.currentVersion(manager, network.id)) ?? 0) + 1;
        await manager.insert(CodeOfConductVersionEntity, {
          networkId: network.id,
          version: next,
          body: input.body,
          changeNote: input.changeNote ?? null,
          authorId: user.id,
        });
        if (await this.access.roleOf(network.id, user)) await this.rules.recordAcceptance(manager, network.id, user.id, next);
        await this.audit.record(manager, {
          networkId: network.id,
          actorId: user.id,
          action: 'code_of_conduct.updated',
          targetType: 'network',
          targetId: network.id,
          reason: input.changeNote ?? null,
          details: { version: next },
        });
        return next;
      });
    } catch (error) {
      // Two owners saving at the same moment: the primary key on (network, version) lets one win.
      if (isUniqueViolation(error)) throw conflict('conflict', 'Someone else saved the code of conduct at the same time; reload it.');
      throw error;
    }

    const saved = await this.dataSource.getRepository(CodeOfConductVersionEntity).findOneOrFail({
      where: { networkId: network.id, version },
      relations: { author: true },
    });
    return toCodeOfConduct(saved);
  }

  /** Records that a member accepted the current version, for example after the code changed. */
  async accept(slug: string, user: UserEntity, version: number): Promise<CodeOfConductStatus> {
    const network = await this.access.getNetworkBySlug(slug);
    if (!(await this.access.roleOf(network.id, user))) throw forbidden('Only members of this network can accept its code of conduct.');
    await this.dataSource.transaction(async (manager) => {
      const current = await this.rules.assertAcceptedCurrentCode(manager, network.id, version);
      if (current !== null) await this.rules.recordAcceptance(manager, network.id, user.id, current);
    });
    return this.statusOf(this.dataSource.manager, network.id, user.id);
  }
}
