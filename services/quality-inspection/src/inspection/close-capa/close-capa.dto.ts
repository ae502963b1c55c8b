import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto } from '../inspection.dto-parts';

class VerificationDto {
  @IsString()
  @Length(1, 4000)
  note!: string;

  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

export class CloseCapaDto {
  /** QC-5: was the action verified to be effective? */
  @IsBoolean()
  effective!: boolean;

  @ValidateNested()
  @Type(() => VerificationDto)
  verification!: VerificationDto;
}
