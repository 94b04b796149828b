import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** Earlier text of a post, saved when an edit replaces it. */
@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'editor_id', type: 'uuid' })
  editorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'editor_id' })
  editor: UserEntity;

  @Column({ name: 'replaced_at', type: 'timestamptz' })
  replacedAt: Date;

  /** Whether a moderator, not the author, made the edit that replaced this text. */
  @Column({ name: 'by_moderator', type: 'boolean', default: false })
  byModerator: boolean;
}
