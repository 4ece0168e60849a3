import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Institution } from './institution.entity.js';

/** A unit (birim, e.g. Fen İşleri Müdürlüğü): a spending unit that owns targets. */
@Entity('units')
@Unique('units_institution_id_code_key', ['institutionId', 'code'])
export class Unit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'units_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'units_institution_id_fkey' })
  institution?: Institution;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('units_parent_id_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'units_parent_id_fkey' })
  parent?: Unit | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
