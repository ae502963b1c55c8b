import { DataSource } from 'typeorm';
import { ComplaintRegisterRow } from '../case/complaint-register/complaint-register.entity';
import { IntakeRegister1763800000000 } from './migrations/1763800000000-intake-register';
import { RegisterCostsRecoveredFrom1764600000000 } from './migrations/1764600000000-register-costs-recovered-from';

export const INTAKE_ENTITIES = [ComplaintRegisterRow];
export const INTAKE_MIGRATIONS = [IntakeRegister1763800000000, RegisterCostsRecoveredFrom1764600000000];

/** Intake's read-model database; migrations run explicitly (never synchronize). */
export function intakeDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    poolSize,
    entities: INTAKE_ENTITIES,
    migrations: INTAKE_MIGRATIONS,
    migrationsTableName: 'intake_migrations',
    synchronize: false,
    extra: { connectionTimeoutMillis: 10_000 },
  });
}
