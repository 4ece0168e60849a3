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

@Entity('users')
@Unique('users_email_key', ['email'])
@Check('users_email_check', `email = lower(email)`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** argon2id (PHC string), or bcrypt for accounts not signed in since argon2id came; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'boolean', default: false })
  isSuperadmin!: boolean;

  /** Set while the account is deactivated: it cannot sign in and holds no session. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** The administrator who deactivated it. */
  @Column({ type: 'uuid', nullable: true })
  deactivatedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
