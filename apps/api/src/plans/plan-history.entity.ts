import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanStatus } from '@inclusieplein/contract';
import { UserEntity } from '../users/user.entity';
import type { PlanSnapshot } from './plan-content';

/** Full content of a plan as one save stored it. Each `(plan_id, revision)` pair is unique. */
@Entity('plan_revisions')
export class PlanRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author: UserEntity;

  @Column({ name: 'change_summary', type: 'varchar', length: 200, default: '' })
  changeSummary: string;

  @Column({ name: 'restored_from', type: 'integer', nullable: true })
  restoredFrom: number | null;

  @Column({ type: 'jsonb' })
  content: PlanSnapshot;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One step in a plan's status history. The first step has `fromStatus` null. */
@Entity('plan_status_changes')
export class PlanStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus: PlanStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus: PlanStatus;

  @Column({ name: 'changed_by_id', type: 'uuid' })
  changedById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'changed_by_id' })
  changedBy: UserEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
