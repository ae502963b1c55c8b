import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { BodyExample, OffsetPageQuery } from '@aftersales/platform';

const SERIAL = /^[A-Za-z0-9._/-]{1,200}$/;

@BodyExample<ProposeCampaignDto>({
  branch: 'HZ',
  kind: 'batch-quality',
  title: 'VS1-12 breakers of lot 2403: contact overheating',
  model: 'VS1-12',
  serials: ['SN-2403-0001', 'SN-2403-0002'],
})
export class ProposeCampaignDto {
  @IsString()
  @Matches(/^[A-Z0-9]{1,20}$/, {
    message: '$property must be a branch code (1-20 capital letters or digits)',
  })
  branch!: string;

  @IsIn(['batch-quality', 'recall'])
  kind!: 'batch-quality' | 'recall';

  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  title!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  model!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @Matches(SERIAL, {
    each: true,
    message: 'each value in $property may hold letters, digits and . _ / - only (at most 200)',
  })
  serials!: string[];
}

@BodyExample<LinkCaseDto>({ caseId: '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11' })
export class LinkCaseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseId!: string;
}

@BodyExample<AddSerialsDto>({ serials: ['SN-2403-0003', 'SN-2403-0004'] })
export class AddSerialsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @Matches(SERIAL, {
    each: true,
    message: 'each value in $property may hold letters, digits and . _ / - only (at most 200)',
  })
  serials!: string[];
}

export class ListCampaignsQuery extends OffsetPageQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsIn(['proposed', 'open'])
  status?: 'proposed' | 'open';
}
