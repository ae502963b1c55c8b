import { Type } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SignatureDto } from '../../dispatch.dto-parts';

export class CompleteVisitDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  voucherNo!: string;

  @IsBoolean()
  firstTimeFix!: boolean;

  @ValidateNested()
  @Type(() => SignatureDto)
  signature!: SignatureDto;
}
