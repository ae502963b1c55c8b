import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CASE_KINDS,
  PAUSE_REASONS,
  REMEDIES,
  SEVERITIES,
  SURVEY_SCALE,
  type CaseKind,
  type PauseReason,
  type Remedy,
  type Severity,
} from './case.vocabulary';

export class ReclassifyCaseDto {
  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReviewValidityDto {
  @ApiProperty()
  @IsBoolean()
  founded!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  explanation?: string;

  @ApiPropertyOptional({ enum: REMEDIES })
  @IsOptional()
  @IsIn(REMEDIES)
  remedy?: Remedy;
}

export class OverturnReviewDto extends ReviewValidityDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class RespondToCustomerDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  response!: string;
}

export class AssignFollowUpOwnerDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  ownerId!: string;
}

export class ResolveCaseDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;
}

export class CustomerConfirmationDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signedBy!: string;

  @ApiProperty()
  @IsISO8601({ strict: true })
  signedAt!: string;

  @ApiProperty({ enum: ['signature', 'e-signature'] })
  @IsIn(['signature', 'e-signature'])
  method!: 'signature' | 'e-signature';
}

export class CloseCaseDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;

  @ApiProperty({ type: () => CustomerConfirmationDto })
  @ValidateNested()
  @Type(() => CustomerConfirmationDto)
  confirmation!: CustomerConfirmationDto;
}

export class SurveyScoresDto {
  @ApiProperty({ type: Number })
  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  attitude!: number;

  @ApiProperty({ type: Number })
  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  skill!: number;

  @ApiProperty({ type: Number })
  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  arrivalTime!: number;

  @ApiProperty({ type: Number })
  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  keepingPromises!: number;
}

export class AnswerSurveyDto {
  @ApiProperty({ type: () => SurveyScoresDto })
  @ValidateNested()
  @Type(() => SurveyScoresDto)
  scores!: SurveyScoresDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  /** Text of a complaint about the service itself; opens a linked follow-up (INT-8). */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  complaintAboutService?: string;
}

export class ListCasesQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  branch?: string;

  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: ['registered', 'accepted', 'rejected', 'resolved', 'closed'] })
  @IsOptional()
  @IsIn(['registered', 'accepted', 'rejected', 'resolved', 'closed'])
  status?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** INT-11: why the case waits on the customer. */
export class PauseClockDto {
  @ApiProperty({ enum: PAUSE_REASONS })
  @IsIn(PAUSE_REASONS)
  reason!: PauseReason;

  @ApiPropertyOptional({ description: 'what was asked of the customer, or why they cannot be reached' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
