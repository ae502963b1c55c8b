import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REMEDIES, type Remedy } from '../case.vocabulary';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ReviewValidityDto>({
  founded: true,
  explanation: 'the fault is reproducible on the test bench',
  remedy: 'repair',
})
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
