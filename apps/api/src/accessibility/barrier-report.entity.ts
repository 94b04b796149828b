import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { BarrierReportStatus } from '@inclusieplein/contract';
import { UserEntity } from '../users/user.entity';

@Entity('barrier_reports')
export class BarrierReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  page: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'assistive_technology', type: 'varchar', length: 200, nullable: true })
  assistiveTechnology: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 80, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'reporter_id' })
  reporter: UserEntity | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: BarrierReportStatus;

  @Column({ name: 'handled_by_id', type: 'uuid', nullable: true })
  handledById: string | null;

  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
