import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<LeaveDto>({
  from: '2026-03-09T00:00:00.000Z',
  until: '2026-03-16T00:00:00.000Z',
  reason: 'annual leave',
})
export class LeaveDto {
  @IsISO8601({ strict: true })
  from!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

@BodyExample<AvailableDto>({ from: '2026-03-16T00:00:00.000Z' })
export class AvailableDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
}
