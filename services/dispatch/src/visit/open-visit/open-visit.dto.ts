import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { URGENCIES, ZONES, type Urgency, type Zone } from '../../dispatch.vocabulary';
import { BodyExample } from '@aftersales/platform';

@BodyExample<OpenVisitDto>({
  caseId: '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11',
  zone: 'suburbs',
  urgency: 'standard',
})
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

@BodyExample<AppointmentDto>({ confirmedAt: '2026-03-02T01:30:00.000Z' })
export class AppointmentDto {
  @IsISO8601({ strict: true })
  confirmedAt!: string;
}
