import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<RespondToCustomerDto>({ response: 'An engineer will be on site tomorrow before 10:00.' })
export class RespondToCustomerDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  response!: string;
}
