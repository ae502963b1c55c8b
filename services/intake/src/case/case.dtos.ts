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
  REMEDIES,
  SEVERITIES,
  SURVEY_SCALE,
  type CaseKind,
  type Remedy,
  type Severity,
} from './case.vocabulary';

export class ReclassifyCaseDto {
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReviewValidityDto {
  @IsBoolean()
  founded!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  explanation?: string;

  @IsOptional()
  @IsIn(REMEDIES)
  remedy?: Remedy;
}

export class OverturnReviewDto extends ReviewValidityDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class RespondToCustomerDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  response!: string;
}

export class AssignFollowUpOwnerDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  ownerId!: string;
}

export class ResolveCaseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;
}

export class CustomerConfirmationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signedBy!: string;

  @IsISO8601({ strict: true })
  signedAt!: string;

  @IsIn(['signature', 'e-signature'])
  method!: 'signature' | 'e-signature';
}

export class CloseCaseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;

  @ValidateNested()
  @Type(() => CustomerConfirmationDto)
  confirmation!: CustomerConfirmationDto;
}

export class SurveyScoresDto {
  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  attitude!: number;

  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  skill!: number;

  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  arrivalTime!: number;

  @IsInt()
  @Min(SURVEY_SCALE.min)
  @Max(SURVEY_SCALE.max)
  keepingPromises!: number;
}

export class AnswerSurveyDto {
  @ValidateNested()
  @Type(() => SurveyScoresDto)
  scores!: SurveyScoresDto;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  /** Text of a complaint about the service itself; opens a linked follow-up (INT-8). */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  complaintAboutService?: string;
}

export class ListCasesQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @IsOptional()
  @IsIn(['registered', 'accepted', 'rejected', 'resolved', 'closed'])
  status?: string;

  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}
