import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { PlanActionStatus, PlanStatus } from '@inclusieplein/contract';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A shared plan of a network. The row contains the current content and revision number, so opening a
 * plan never reads `plan_revisions`. The id is set by the service before the insert, because the
 * plan's discussion thread links to it in the same transaction.
 */
@Entity('plans')
export class PlanEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ type: 'varchar', length: 150 })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** Markdown source. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ name: 'crpd_article_numbers', type: 'smallint', array: true, default: () => "'{}'" })
  crpdArticleNumbers: number[];

  @ManyToMany(() => MunicipalityEntity)
  @JoinTable({
    name: 'plan_municipalities',
    joinColumn: { name: 'plan_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities: MunicipalityEntity[];

  @Column({ type: 'varchar', length: 12 })
  status: PlanStatus;

  /** Number of the newest revision in `plan_revisions`, starting at 1. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'lock_reason', type: 'varchar', length: 300, nullable: true })
  lockReason: string | null;

  @Column({ name: 'locked_by_id', type: 'uuid', nullable: true })
  lockedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'locked_by_id' })
  lockedBy: UserEntity | null;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  /** Plan this one was copied from, if any. */
  @Column({ name: 'source_plan_id', type: 'uuid', nullable: true })
  sourcePlanId: string | null;

  /** Revision of the source plan at the time of copying. */
  @Column({ name: 'source_revision', type: 'integer', nullable: true })
  sourceRevision: number | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by_id' })
  createdBy: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_by_id', type: 'uuid' })
  updatedById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy: UserEntity;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One action of a plan's current content. Earlier versions are in the revision snapshots. */
@Entity('plan_actions')
export class PlanActionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  /** Order in the plan, from 0. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ name: 'responsible_member_id', type: 'uuid', nullable: true })
  responsibleMemberId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'responsible_member_id' })
  responsibleMember: UserEntity | null;

  @Column({ name: 'responsible_organisation', type: 'varchar', length: 200, nullable: true })
  responsibleOrganisation: string | null;

  /** Calendar date as `YYYY-MM-DD`, kept as a string so that no time zone shifts it. */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: PlanActionStatus;
}
