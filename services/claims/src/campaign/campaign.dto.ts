import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

const SERIAL = /^[A-Za-z0-9._/-]{1,200}$/;

export class ProposeCampaignDto {
  @IsString()
  @Matches(/^[A-Z0-9]{1,20}$/)
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
  @Matches(SERIAL, { each: true })
  serials!: string[];
}

export class LinkCaseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseId!: string;
}

export class AddSerialsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @Matches(SERIAL, { each: true })
  serials!: string[];
}
