import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NetworkRole } from '@inclusieplein/contract';
import { Repository } from 'typeorm';
import { ApiException, forbidden, notAuthenticated, notFound } from '../common/api-error';
import { NetworkEntity } from '../networks/network.entity';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from './membership.entity';

const MODERATING_ROLES: NetworkRole[] = ['moderator', 'owner'];

/**
 * The one place that decides who may see and do what in a network. HTTP handlers and the
 * Socket.io gateway both ask it, so a socket never gets what an HTTP request would not.
 */
@Injectable()
export class NetworkAccessService {
  constructor(
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
  ) {}

  async getNetworkBySlug(slug: string): Promise<NetworkEntity> {
    const network = await this.networks.findOneBy({ slug });
    if (!network) throw notFound('The network');
    return network;
  }

  async roleOf(networkId: string, user: UserEntity | undefined | null): Promise<NetworkRole | null> {
    if (!user) return null;
    const membership = await this.memberships.findOneBy({ networkId, userId: user.id });
    return membership?.role ?? null;
  }

  /** Checks whether the network page itself may be shown: active networks to all, proposals to proposer and administrators. */
  canSeeNetwork(network: NetworkEntity, user: UserEntity | undefined | null): boolean {
    if (network.status === 'active') return true;
    return !!user && (user.isAdmin || network.proposedById === user.id);
  }

  /** Checks whether threads and posts may be read: anyone in an open network, members and administrators in a closed one. */
  canReadContent(network: NetworkEntity, user: UserEntity | undefined | null, role: NetworkRole | null): boolean {
    if (network.status !== 'active') return false;
    if (network.visibility === 'open') return true;
    return role !== null || !!user?.isAdmin;
  }

  async findReadableNetwork(networkId: string, user: UserEntity | undefined | null): Promise<NetworkEntity | null> {
    const network = await this.networks.findOneBy({ id: networkId });
    if (!network) return null;
    const role = await this.roleOf(network.id, user);
    return this.canReadContent(network, user, role) ? network : null;
  }

  /** Throws 404 for a network the person may not see and 403 when its content is closed to them. */
  async assertCanReadContent(network: NetworkEntity, user: UserEntity | undefined): Promise<NetworkRole | null> {
    if (!this.canSeeNetwork(network, user)) throw notFound('The network');
    const role = await this.roleOf(network.id, user);
    if (!this.canReadContent(network, user, role)) {
      throw new ApiException(HttpStatus.FORBIDDEN, 'network_closed', 'This network is closed; only members can read it.');
    }
    return role;
  }

  /** Members of an active network may start threads and reply. */
  async assertCanPost(network: NetworkEntity, user: UserEntity | undefined): Promise<NetworkRole> {
    if (!user) throw notAuthenticated();
    await this.assertCanReadContent(network, user);
    const role = await this.roleOf(network.id, user);
    if (!role) throw forbidden('Only members of this network can post. Join the network first.');
    return role;
  }

  async isModerator(network: NetworkEntity, user: UserEntity | undefined): Promise<boolean> {
    if (!user) return false;
    if (user.isAdmin) return true;
    const role = await this.roleOf(network.id, user);
    return role !== null && MODERATING_ROLES.includes(role);
  }

  async assertCanModerate(network: NetworkEntity, user: UserEntity | undefined): Promise<void> {
    if (!user) throw notAuthenticated();
    if (!this.canSeeNetwork(network, user)) throw notFound('The network');
    if (!(await this.isModerator(network, user))) throw forbidden('Only moderators of this network can do this.');
  }

  async assertIsOwner(network: NetworkEntity, user: UserEntity | undefined): Promise<void> {
    if (!user) throw notAuthenticated();
    if (!this.canSeeNetwork(network, user)) throw notFound('The network');
    if (user.isAdmin) return;
    if ((await this.roleOf(network.id, user)) !== 'owner') throw forbidden('Only owners of this network can do this.');
  }
}
