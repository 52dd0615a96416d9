import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins counted per key (an IP address or an account), kept in
 * the database so that every copy of the API sees the same counts.
 */
@Entity('sign_in_throttles')
export class SignInThrottle {
  /** `ip:<address>` or `account:<e-mail>`. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt!: Date;

  /** No sign-in for this key is tried before this time. */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
