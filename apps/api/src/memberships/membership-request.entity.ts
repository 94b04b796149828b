import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRequestStatus } from '@inclusieplein/contract';
import { NetworkEntity } from '../networks/network.entity';
import { UserEntity } from '../users/user.entity';

/** Request to join a closed network; a partial unique index allows one pending request per person and network. */
@Entity('membership_requests')
export class MembershipRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity)
  @JoinColumn({ name: 'network_id' })
  network: NetworkEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  @Column({ type: 'text', default: '' })
  motivation: string;

  @Column({ type: 'varchar', length: 10 })
  status: MembershipRequestStatus;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
