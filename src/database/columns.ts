import {
  Check,
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type ObjectType,
  type RelationOptions,
} from 'typeorm';

/*
 * The column and relation declarations the entities share, so that an entity reads as its fields.
 * Each one names its constraints `<table>_<column>_<kind>` (database.md) from the table it is
 * given; the schema they describe is the one the migrations build (schema-drift e2e test).
 */

type ColumnFlags = { nullable?: boolean; default?: string | number | boolean | (() => string) };

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/** The uuid primary key `id` of a table, named `<table>_pkey`. */
export function IdColumn(table: string): PropertyDecorator {
  return PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: `${table}_pkey` });
}

/** One column of a composite primary key `<table>_pkey`. */
export function KeyColumn(table: string, type: 'uuid' | 'text' | 'integer'): PropertyDecorator {
  return PrimaryColumn({ type, primaryKeyConstraintName: `${table}_pkey` });
}

/** A uuid column: the id of another row, often the owning institution or plan. */
export function UuidColumn(flags: ColumnFlags & { index?: string } = {}): PropertyDecorator {
  const { index, ...options } = flags;
  const column = Column({ type: 'uuid', ...options });
  return index === undefined ? column : compose(Index(index), column);
}

export function TextColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'text', ...flags });
}

/**
 * A text column that holds one of `values`, kept so by the check `<table>_<column>_check`
 * (`<column> IN (...)`, or also NULL when `orNull`).
 */
export function TextEnumColumn(
  table: string,
  column: string,
  values: readonly string[],
  flags: ColumnFlags & { orNull?: boolean } = {},
): PropertyDecorator {
  const { orNull, ...options } = flags;
  const allowed = `${column} IN (${values.map((value) => `'${value}'`).join(', ')})`;
  return compose(
    Check(`${table}_${column}_check`, orNull ? `${column} IS NULL OR ${allowed}` : allowed),
    Column({ type: 'text', ...options }),
  );
}

/** A decimal number (numeric): values, targets, weights; pg-types reads it as a number. */
export function NumericColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'numeric', ...flags });
}

export function IntegerColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'integer', ...flags });
}

/** A calendar date, read as 'YYYY-MM-DD'. */
export function DateColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'date', ...flags });
}

/** A point in time (timestamptz). */
export function TimestampColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'timestamptz', ...flags });
}

/** A point in time set by the database when the row is written. */
export function TimestampNowColumn(): PropertyDecorator {
  return Column({ type: 'timestamptz', default: () => 'now()' });
}

export function JsonColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'jsonb', ...flags });
}

export function BooleanColumn(flags: ColumnFlags = {}): PropertyDecorator {
  return Column({ type: 'boolean', ...flags });
}

/** `createdAt`: set by TypeORM on insert. */
export function CreatedAtColumn(): PropertyDecorator {
  return CreateDateColumn({ type: 'timestamptz' });
}

/** `updatedAt`: set by TypeORM on every save. */
export function UpdatedAtColumn(): PropertyDecorator {
  return UpdateDateColumn({ type: 'timestamptz' });
}

/**
 * The bookkeeping columns of a record people edit: when it was made and last changed, and its
 * version (the optimistic lock a client sends back, moved on every change).
 */
export abstract class VersionedRecord {
  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/**
 * The row another column of this table points to: a many-to-one relation through `column`, with
 * the foreign key `<table>_<column>_fkey`.
 */
export function References<T>(
  entity: () => ObjectType<T>,
  table: string,
  column: string,
  onDelete?: RelationOptions['onDelete'],
): PropertyDecorator {
  return compose(
    ManyToOne(entity, onDelete === undefined ? {} : { onDelete }),
    JoinColumn({ name: column, foreignKeyConstraintName: `${table}_${column}_fkey` }),
  );
}
