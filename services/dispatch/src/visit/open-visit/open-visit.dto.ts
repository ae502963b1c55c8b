import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { URGENCIES, ZONES, type Urgency, type Zone } from '../../dispatch.vocabulary';

export class OpenVisitDto {
  @IsUUID()
  caseId!: string;

  /** DSP-2 the zone of the customer's address, named by the dispatcher. */
  @IsIn(ZONES)
  zone!: Zone;

  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;
}

export class AppointmentDto {
  @IsISO8601({ strict: true })
  confirmedAt!: string;
}
