import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto } from '../inspection.dto-parts';

export class CheckUnsalableReturnDto {
  /** QC-6: the original quality is intact, so the product may be re-stocked. */
  @IsBoolean()
  intact!: boolean;

  @IsString()
  @Length(1, 4000)
  note!: string;

  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}
