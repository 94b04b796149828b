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
}
