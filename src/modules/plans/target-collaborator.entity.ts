import { Entity } from 'typeorm';
import { IntegerColumn, KeyColumn, References, UuidColumn } from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { Target } from './target.entity.js';

/** işbirliği yapılacak birim: a unit collaborating on a target (never its responsible unit). */
@Entity('target_collaborators')
export class TargetCollaborator {
  @KeyColumn('target_collaborators', 'uuid')
  targetId!: string;

  @KeyColumn('target_collaborators', 'uuid')
  unitId!: string;

  @References(() => Target, 'target_collaborators', 'target_id', 'CASCADE')
  target?: Target;

  @References(() => Unit, 'target_collaborators', 'unit_id', 'RESTRICT')
  unit?: Unit;

  @UuidColumn()
  institutionId!: string;

  @IntegerColumn()
  position!: number;
}
