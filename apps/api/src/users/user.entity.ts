import type { EmailFrequency } from '@inclusieplein/contract';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../reference-data/municipality.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => MunicipalityEntity, { nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality: MunicipalityEntity | null;

  @Column({ name: 'role_description', type: 'varchar', length: 120, nullable: true })
  roleDescription: string | null;

  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin: boolean;

  /** May add documents to the platform-wide library. */
  @Column({ name: 'is_library_editor', type: 'boolean', default: false })
  isLibraryEditor: boolean;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  /** Time the person opened the link in the verification mail, or null while unverified. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Frequency of notification mails to the person. */
  @Column({ name: 'email_frequency', type: 'varchar', length: 10, default: 'daily' })
  emailFrequency: EmailFrequency;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
