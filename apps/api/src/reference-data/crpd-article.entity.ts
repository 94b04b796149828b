import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CrpdInstrument } from '@inclusieplein/contract';

@Entity('crpd_articles')
export class CrpdArticleEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  instrument: CrpdInstrument;

  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ name: 'title_nl', type: 'text' })
  titleNl: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'text_nl', type: 'text' })
  textNl: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;
}
