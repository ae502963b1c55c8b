import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Reference } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<AssignDto>({ engineerId: 'eng-wang', note: 'knows the site' })
export class AssignDto {
  @Reference()
  engineerId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@BodyExample<ReassignDto>({ engineerId: 'eng-li', reason: 'eng-wang is ill' })
export class ReassignDto {
  @Reference()
  engineerId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
