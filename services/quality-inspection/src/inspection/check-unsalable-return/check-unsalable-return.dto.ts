import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto } from '../inspection.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<CheckUnsalableReturnDto>({
  intact: true,
  note: 'unopened, seals intact',
  evidence: [
    {
      kind: 'photo',
      ref: 'dms://returns/2026/0042/seal.jpg',
      sha256: 'baa5a0964d3320fbc0c6a922140453c8513ea24ab8fd0577034804a967248096',
    },
  ],
})
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
