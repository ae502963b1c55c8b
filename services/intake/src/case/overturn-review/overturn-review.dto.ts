import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ReviewValidityDto } from '../review-validity/review-validity.dto';
import { BodyExample } from '@aftersales/platform';

@BodyExample<OverturnReviewDto>({
  reason: 'new test report from the customer',
  founded: true,
  explanation: 'the report shows overheating in normal use',
  remedy: 'exchange',
})
export class OverturnReviewDto extends ReviewValidityDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
