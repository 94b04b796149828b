import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { NetworkRole } from '@inclusieplein/contract';
import { UserEntity } from '../users/user.entity';

@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  role: NetworkRole;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  /** The member cannot post, reply or edit until this time. Null or past means not muted. */
  @Column({ name: 'muted_until', type: 'timestamptz', nullable: true })
  mutedUntil: Date | null;

  @Column({ name: 'mute_reason', type: 'varchar', length: 500, nullable: true })
  muteReason: string | null;
}
