import { Injectable } from '@nestjs/common';
import type { NetworkRole } from '@inclusieplein/contract';
import { DataSource } from 'typeorm';
import { forbidden, notAuthenticated, notFound } from '../common/api-error';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { UserEntity } from '../users/user.entity';
import { DocumentEntity } from './document.entity';

/** A document with what the reader may do with it. */
export interface DocumentAccess {
  document: DocumentEntity;
  network: NetworkEntity | null;
  role: NetworkRole | null;
  canEdit: boolean;
  canRestore: boolean;
  canDelete: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Rules for reading and changing documents. Library documents are public. Network documents follow
 * the network's own rule (NetworkAccessService), so a document is never readable where the
 * network's threads are not. `readableCondition` states the same rule in SQL for searches.
 */
@Injectable()
export class DocumentAccessService {
  constructor(
    private readonly networkAccess: NetworkAccessService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * SQL condition that keeps documents readable by `user`, over aliases `d` (documents) and
   * `n` (networks, left-joined). Appends its parameters to `params`.
   */
  readableCondition(user: UserEntity | undefined | null, params: unknown[]): string {
    if (user?.isAdmin) return `(d.network_id IS NULL OR n.status = 'active')`;
    if (!user) return `(d.network_id IS NULL OR (n.status = 'active' AND n.visibility = 'open'))`;
    params.push(user.id);
    return `(d.network_id IS NULL OR (n.status = 'active' AND (n.visibility = 'open' OR EXISTS (
      SELECT 1 FROM memberships m WHERE m.network_id = d.network_id AND m.user_id = $${params.length}))))`;
  }

  /** Checks whether this person may add documents to the platform-wide library. */
  isLibraryEditor(user: UserEntity | undefined | null): boolean {
    return !!user && (user.isAdmin || user.isLibraryEditor);
  }

  /** Loads a document the person may read, with their rights. Throws 404 for anything else, so closed documents stay unknown. */
  async loadReadable(documentId: string, user: UserEntity | undefined | null): Promise<DocumentAccess> {
    if (!UUID.test(documentId)) throw notFound('The document');
    const document = await this.dataSource.getRepository(DocumentEntity).findOne({
      where: { id: documentId },
      relations: { network: true },
    });
    if (!document) throw notFound('The document');
    return this.rightsOn(document, user);
  }

  async rightsOn(document: DocumentEntity, user: UserEntity | undefined | null): Promise<DocumentAccess> {
    const isAdmin = !!user?.isAdmin;
    if (!document.networkId || !document.network) {
      const editor = this.isLibraryEditor(user);
      return {
        document,
        network: null,
        role: null,
        canEdit: editor,
        canRestore: editor || (!!user && document.createdById === user.id),
        canDelete: isAdmin,
      };
    }
    const network = document.network;
    const role = await this.networkAccess.roleOf(network.id, user);
    if (!this.networkAccess.canReadContent(network, user, role)) throw notFound('The document');
    const moderates = isAdmin || role === 'moderator' || role === 'owner';
    return {
      document,
      network,
      role,
      canEdit: role !== null || isAdmin,
      canRestore: moderates || (!!user && role !== null && document.createdById === user.id),
      canDelete: isAdmin,
    };
  }

  /** Throws 401/403 unless the person may describe the document, add versions and archive it. */
  assertCanEdit(access: DocumentAccess, user: UserEntity | undefined): asserts user is UserEntity {
    if (!user) throw notAuthenticated();
    if (!access.canEdit) {
      throw forbidden(access.network ? 'Only members of this network can change its documents.' : 'Only library editors can change library documents.');
    }
  }

  /** Returns the network if the person is a member who may post in it, and throws otherwise. */
  async assertCanAddToNetwork(slug: string, user: UserEntity): Promise<NetworkEntity> {
    const network = await this.networkAccess.getNetworkBySlug(slug);
    await this.networkAccess.assertCanPost(network, user);
    return network;
  }

  assertCanAddToLibrary(user: UserEntity): void {
    if (!this.isLibraryEditor(user)) throw forbidden('Only library editors and administrators can add documents to the library.');
  }
}
