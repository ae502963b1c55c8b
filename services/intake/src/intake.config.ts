import { PlatformConfig } from '@aftersales/platform';
import { IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';

/** Intake's environment, validated at start-up; a bad value stops it naming the variable. */
export class IntakeConfig extends PlatformConfig {
  /** PostgreSQL holding the event store and intake's own schema. */
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString()
  @Matches(/^[a-z_][a-z0-9_]*$/)
  EVENT_STORE_SCHEMA = 'event_store';

  /** Comma-separated host:port list; the relay and consumers need it. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  KAFKA_BROKERS?: string;

  /** Branch time zones, e.g. "HZ=Asia/Shanghai,MUC=Europe/Berlin" (years, months and deadlines are local). */
  @IsString()
  @Matches(/^([A-Z]{2,8}=[A-Za-z_]+\/[A-Za-z_/+-]+)(,[A-Z]{2,8}=[A-Za-z_]+\/[A-Za-z_/+-]+)*$|^$/, {
    message: 'BRANCH_TIME_ZONES must look like HZ=Asia/Shanghai,NB=Asia/Shanghai',
  })
  BRANCH_TIME_ZONES = '';

  @IsString()
  @IsNotEmpty()
  DEFAULT_TIME_ZONE = 'Asia/Shanghai';

  /** Optional JSON file overriding the INT-4/5/9 numbers of the intake policy. */
  @IsOptional()
  @IsString()
  INTAKE_POLICY_FILE?: string;
}
