import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CASE_KINDS, SEVERITIES, type CaseKind, type Severity } from '../case.vocabulary';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ReclassifyCaseDto>({
  kind: 'quality-complaint',
  severity: 'major',
  reason: 'the customer reports the same fault on three units',
})
export class ReclassifyCaseDto {
  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
