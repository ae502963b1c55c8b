import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto, Reference, MeasurementDto } from '../inspection.dto-parts';
import { ROOT_CAUSES, type RootCause } from '../inspection.vocabulary';
import { BodyExample } from '@aftersales/platform';

@BodyExample<RecordFindingDto>({
  failureMode: 'contacts overheated',
  rootCause: 'purchased-part',
  evidence: [
    {
      kind: 'photo',
      ref: 'dms://inspections/2026/0042/contacts.jpg',
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      description: 'burnt contacts',
    },
  ],
  measurements: [{ name: 'contact resistance', value: 182, unit: 'µΩ' }],
  note: 'coil from supplier lot 2403',
})
export class RecordFindingDto {
  @IsString()
  @Length(1, 1000)
  failureMode!: string;

  /** QC-2: one of the root-cause categories. */
  @IsIn(ROOT_CAUSES)
  rootCause!: RootCause;

  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];

  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MeasurementDto)
  measurements?: MeasurementDto[];

  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;

  /** The finding this one corrects (corrections append, never edit). */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Reference()
  corrects?: string;
}
