import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Reference, ShareDto } from '../inspection.dto-parts';
import { BodyExample } from '@aftersales/platform';

export class SupersedesDto {
  @IsString()
  @Length(1, 100)
  @Reference()
  attributionId!: string;

  @IsString()
  @Length(1, 4000)
  reason!: string;
}

/** QC-3: the share table, its basis (findings), and optionally the attribution it supersedes. */
export class AttributionDto {
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ShareDto)
  shares!: ShareDto[];

  /** The findings the attribution rests on. */
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  basis!: string[];

  /** The rule or contract clause besides the findings. */
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  basisNote?: string;
}

@BodyExample<AttributeResponsibilityDto>({
  shares: [
    { party: { kind: 'department', department: 'assembly' }, shareBp: 7_000 },
    { party: { kind: 'supplier', supplierId: 'sup-9' }, shareBp: 3_000 },
  ],
  basis: ['finding-1'],
  basisNote: 'the coil failed first; assembly torque was low',
})
export class AttributeResponsibilityDto extends AttributionDto {
  @IsOptional()
  @ValidateNested()
  @Type(() => SupersedesDto)
  supersedes?: SupersedesDto;
}
