import type { PostApproval } from '@inclusieplein/contract';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A post in a thread. Deleting only sets `deletedAt`: the row and its place in the reply tree remain. */
@Entity('posts')
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'integer' })
  depth: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'edit_count', type: 'integer', default: 0 })
  editCount: number;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;

  /** Set while a moderator hides the post or after they reject it. Only the author and moderators read it then. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  /** `pending` and `rejected` posts are shown only to their author and to moderators. */
  @Column({ type: 'varchar', length: 10, default: 'approved' })
  approval: PostApproval;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
