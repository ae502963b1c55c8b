import type { Role } from './roles';

/** The authenticated user, as the verified token says. */
export interface Principal {
  readonly userId: string;
  readonly displayName?: string;
  /** Known roles only: unknown role names in the token are dropped. */
  readonly roles: readonly Role[];
  readonly branches: readonly string[];
  /** The head-office departments the user belongs to (claim `departments`; QC-4 disputes). */
  readonly departments?: readonly string[];
}
