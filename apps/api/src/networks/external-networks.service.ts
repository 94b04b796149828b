import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ExternalNetwork, ExternalNetworkInput } from '@inclusieplein/contract';
import { Repository } from 'typeorm';
import { notFound } from '../common/api-error';
import { UserEntity } from '../users/user.entity';
import { ExternalNetworkEntity } from './external-network.entity';

function toExternalNetwork(entity: ExternalNetworkEntity): ExternalNetwork {
  return {
    id: entity.id,
    name: entity.name,
    url: entity.url,
    description: entity.description,
    organisation: entity.organisation,
  };
}

@Injectable()
export class ExternalNetworksService {
  constructor(@InjectRepository(ExternalNetworkEntity) private readonly externalNetworks: Repository<ExternalNetworkEntity>) {}

  async list(): Promise<ExternalNetwork[]> {
    const rows = await this.externalNetworks.find({ order: { name: 'ASC' } });
    return rows.map(toExternalNetwork);
  }

  async create(input: ExternalNetworkInput, admin: UserEntity): Promise<ExternalNetwork> {
    const saved = await this.externalNetworks.save(this.externalNetworks.create({ ...input, createdById: admin.id }));
    return toExternalNetwork(saved);
  }

  async remove(id: string): Promise<void> {
    const result = await this.externalNetworks.delete({ id });
    if (!result.affected) throw notFound('The external network');
  }
}
