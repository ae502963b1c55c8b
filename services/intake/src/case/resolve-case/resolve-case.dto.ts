import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ResolveCaseDto>({ outcome: 'breaker repaired on site; the customer confirmed normal operation' })
export class ResolveCaseDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;
}
