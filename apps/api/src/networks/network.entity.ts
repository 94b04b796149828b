import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NetworkStatus, NetworkVisibility } from '@inclusieplein/contract';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';

@Entity('networks')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique, URL-safe form of the name, used in addresses. */
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ type: 'varchar', length: 80 })
  theme: string;

  @Column({ type: 'varchar', length: 10 })
  visibility: NetworkVisibility;

  @Column({ type: 'varchar', length: 10 })
  status: NetworkStatus;

  /** Numbers of the CRPD articles (1 to 50) that the network works on; a CHECK constraint keeps the range. */
  @Column({ name: 'crpd_article_numbers', type: 'smallint', array: true, default: () => "'{}'" })
  crpdArticleNumbers: number[];

  @ManyToMany(() => MunicipalityEntity)
  @JoinTable({
    name: 'network_municipalities',
    joinColumn: { name: 'network_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities: MunicipalityEntity[];

  @Column({ name: 'partner_organisations', type: 'text', default: '' })
  partnerOrganisations: string;

  @Column({ type: 'text', default: '' })
  coordinator: string;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy: UserEntity | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  /** Posts of a member that wait for a moderator's approval until this many of theirs are published. 0 is off. */
  @Column({ name: 'first_posts_requiring_approval', type: 'smallint', default: 0 })
  firstPostsRequiringApproval: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
