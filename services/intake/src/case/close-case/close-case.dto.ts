import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

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

@BodyExample<CloseCaseDto>({
  outcome: 'resolved and confirmed by the customer',
  confirmation: { signedBy: 'Zhang Wei', signedAt: '2026-03-03T02:00:00.000Z', method: 'e-signature' },
})
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
