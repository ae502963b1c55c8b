import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PAUSE_REASONS, type PauseReason } from '../case.vocabulary';
import { BodyExample } from '@aftersales/platform';

/** INT-11: why the case waits on the customer. */
@BodyExample<PauseClockDto>({ reason: 'information-requested', note: 'asked for photos of the nameplate' })
export class PauseClockDto {
  @ApiProperty({ enum: PAUSE_REASONS })
  @IsIn(PAUSE_REASONS)
  reason!: PauseReason;

  @ApiPropertyOptional({ description: 'what was asked of the customer, or why they cannot be reached' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
