import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto } from '../inspection.dto-parts';
import { BodyExample } from '@aftersales/platform';

class VerificationDto {
  @IsString()
  @Length(1, 4000)
  note!: string;

  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

@BodyExample<CloseCapaDto>({
  effective: true,
  verification: {
    note: 'no recurrence in 60 days',
    evidence: [
      {
        kind: 'measurement-record',
        ref: 'dms://capa/2026/7/torque-log.csv',
        sha256: 'fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9',
      },
    ],
  },
})
export class CloseCapaDto {
  /** QC-5: was the action verified to be effective? */
  @IsBoolean()
  effective!: boolean;

  @ValidateNested()
  @Type(() => VerificationDto)
  verification!: VerificationDto;
}
