import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Plan } from './plan.entity.js';

/** A core value (temel değer): an ordered list of title + description per plan. */
@Entity('core_values')
@Unique('core_values_plan_id_position_key', ['planId', 'position'])
export class CoreValue {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'core_values_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'core_values_plan_id_fkey' })
  plan?: Plan;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
