import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('municipalities')
export class MunicipalityEntity {
  /** CBS code such as `GM0363`. */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  province: string;
}
