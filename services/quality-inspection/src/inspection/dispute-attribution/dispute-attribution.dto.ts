import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { EvidenceDto, Reference } from '../inspection.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<DisputeAttributionDto>({
  attributionId: 'attr-1',
  party: 'supplier:sup-9',
  reason: 'the coil passed our outgoing test',
  evidence: [
    {
      kind: 'test-report',
      ref: 'dms://suppliers/sup-9/2403-test.pdf',
      sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
    },
  ],
})
export class DisputeAttributionDto {
  /** The attribution in force being disputed. */
  @IsString()
  @Length(1, 100)
  @Reference()
  attributionId!: string;

  /** The blamed party the dispute speaks for: `department:<name>`, `supplier:<id>`, `carrier:<id>` or `customer`. */
  @IsString()
  @Matches(
    /^(customer|department:[a-z][a-z0-9-]*|supplier:[A-Za-z0-9][A-Za-z0-9._:-]*|carrier:[A-Za-z0-9][A-Za-z0-9._:-]*)$/,
    { message: '$property must be customer, department:<code>, supplier:<id> or carrier:<id>' },
  )
  @Length(1, 200)
  party!: string;

  @IsString()
  @Length(1, 4000)
  reason!: string;

  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}
