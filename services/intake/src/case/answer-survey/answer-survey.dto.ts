import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SURVEY_SCALE } from '../case.vocabulary';
import { BodyExample } from '@aftersales/platform';

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

@BodyExample<AnswerSurveyDto>({
  scores: { attitude: 4, skill: 4, arrivalTime: 3, keepingPromises: 4 },
  comment: 'quick and careful work',
})
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
