import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { Plan } from './plan.entity.js';

/** A strategic aim (amaç, A1). */
@Entity('aims')
@Unique('aims_plan_id_code_key', ['planId', 'code'])
export class Aim {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'aims_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'aims_plan_id_fkey' })
  plan?: Plan;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;

  @VersionColumn()
  version!: number;
}
