import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApiException, fieldError, validationFailed } from '../common/api-error';
import { CodeOfConductAcceptanceEntity, CodeOfConductVersionEntity, NetworkBanEntity } from './moderation.entities';

/** Rules for joining a network: bans and acceptance of the current code of conduct. */
@Injectable()
export class MembershipRulesService {
  async assertNotBanned(manager: EntityManager, networkId: string, userId: string): Promise<void> {
    if (await manager.existsBy(NetworkBanEntity, { networkId, userId })) {
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        'member_banned',
        'A moderator banned you from this network, so you cannot join it or request to join.',
      );
    }
  }

  /** Returns the current version of the network's code of conduct, or null when it has none. */
  async currentVersion(manager: EntityManager, networkId: string): Promise<number | null> {
    const row = await manager.findOne(CodeOfConductVersionEntity, {
      where: { networkId },
      order: { version: 'DESC' },
      select: { version: true, networkId: true },
    });
    return row?.version ?? null;
  }

  /**
   * Checks that the person accepted the current code of conduct and returns its version, or null
   * when the network has none: 400 when no version was sent, 409 with the current version when
   * the person read an older one.
   */
  async assertAcceptedCurrentCode(
    manager: EntityManager,
    networkId: string,
    acceptedVersion: number | null | undefined,
  ): Promise<number | null> {
    const current = await this.currentVersion(manager, networkId);
    if (current === null) return null;
    if (acceptedVersion === null || acceptedVersion === undefined) {
      throw validationFailed(
        fieldError('acceptedCodeOfConductVersion', 'required', 'Accept the code of conduct of this network to join it.'),
      );
    }
    if (acceptedVersion !== current) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'code_of_conduct_outdated',
        `The code of conduct changed: version ${current} is current. Read it and accept that version.`,
        undefined,
        { currentCodeOfConductVersion: current },
      );
    }
    return current;
  }

  async recordAcceptance(manager: EntityManager, networkId: string, userId: string, version: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CodeOfConductAcceptanceEntity)
      .values({ networkId, userId, version })
      .orIgnore()
      .execute();
  }
}
