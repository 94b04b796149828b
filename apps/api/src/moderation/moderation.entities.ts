import type { AuditTargetType, ModerationAction, ReportCategory, ReportStatus, ReportTargetType } from '@inclusieplein/contract';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** One saved text of a network's code of conduct. The highest version is the current one. */
@Entity('code_of_conduct_versions')
export class CodeOfConductVersionEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'change_note', type: 'varchar', length: 200, nullable: true })
  changeNote: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A person's acceptance of one version of a network's code of conduct. */
@Entity('code_of_conduct_acceptances')
export class CodeOfConductAcceptanceEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;
}

@Entity('member_warnings')
export class MemberWarningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'issued_by_id', type: 'uuid' })
  issuedById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A ban keeps a person out of a network: they cannot join or request to join until it is lifted. */
@Entity('network_bans')
export class NetworkBanEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'banned_by_id', type: 'uuid' })
  bannedById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'banned_by_id' })
  bannedBy: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member's report of a post or thread. A thread report points at the thread's opening post. */
@Entity('reports')
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Network of the thread, moved along when a moderator moves the thread. */
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @Column({ name: 'target_type', type: 'varchar', length: 10 })
  targetType: ReportTargetType;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ type: 'varchar', length: 20 })
  category: ReportCategory;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  details: string | null;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'reporter_id' })
  reporter: UserEntity;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: ReportStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy: UserEntity | null;

  @Column({ name: 'resolution_reason', type: 'varchar', length: 500, nullable: true })
  resolutionReason: string | null;
}

/** One moderation action. The table is append-only: a database trigger rejects UPDATE, DELETE and TRUNCATE. */
@Entity('moderation_audit_log')
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'actor_id' })
  actor: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  action: ModerationAction;

  @Column({ name: 'target_type', type: 'varchar', length: 20 })
  targetType: AuditTargetType;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'target_user_id' })
  targetUser: UserEntity | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const MODERATION_ENTITIES = [
  CodeOfConductVersionEntity,
  CodeOfConductAcceptanceEntity,
  MemberWarningEntity,
  NetworkBanEntity,
  ReportEntity,
  AuditLogEntryEntity,
];
