import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ID } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<AssignDto>({ engineerId: 'eng-wang', note: 'knows the site' })
export class AssignDto {
  @Matches(ID, { message: '$property may hold letters, digits and . _ - only (at most 100)' })
  engineerId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@BodyExample<ReassignDto>({ engineerId: 'eng-li', reason: 'eng-wang is ill' })
export class ReassignDto {
  @Matches(ID, { message: '$property may hold letters, digits and . _ - only (at most 100)' })
  engineerId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
