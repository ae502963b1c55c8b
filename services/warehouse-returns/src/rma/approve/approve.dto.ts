import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

/** RET-3: the executive's reason for approving an exchange over its limits. */
@BodyExample<SpecialCaseDto>({ reason: 'key account; the distributor takes the stock back' })
export class SpecialCaseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
