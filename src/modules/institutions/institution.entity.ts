import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { InstitutionKind } from '../../contracts/plan-document.js';

@Entity('institutions')
@Unique('institutions_name_key', ['name'])
@Check('institutions_kind_check', `kind IN ('belediye', 'buyuksehir', 'birlik', 'kent-konseyi', 'diger')`)
@Check('institutions_population_check', `population IS NULL OR population >= 0`)
export class Institution {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'institutions_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: InstitutionKind;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
