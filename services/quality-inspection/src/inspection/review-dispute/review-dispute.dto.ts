import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ShareDto } from '../inspection.dto-parts';
import { BodyExample } from '@aftersales/platform';

/** QC-4: confirm the disputed attribution, or supersede it with a new share table and basis. */
@BodyExample<ReviewDisputeDto>({
  decision: 'supersede',
  reason: 'the supplier test report holds',
  shares: [{ party: { kind: 'department', department: 'assembly' }, shareBp: 10_000 }],
  basis: ['finding-1'],
})
export class ReviewDisputeDto {
  @IsIn(['confirm', 'supersede'])
  decision!: 'confirm' | 'supersede';

  @IsString()
  @Length(1, 4000)
  reason!: string;

  /** To supersede: the new share table. */
  @ValidateIf((r: ReviewDisputeDto) => r.decision === 'supersede' || r.shares !== undefined)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ShareDto)
  shares?: ShareDto[];

  /** To supersede: the findings the new attribution rests on. */
  @ValidateIf((r: ReviewDisputeDto) => r.decision === 'supersede' || r.basis !== undefined)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  basis?: string[];

  @IsOptional()
  @IsString()
  @Length(1, 4000)
  basisNote?: string;
}
