import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SignatureDto } from '../../dispatch.dto-parts';

export class ReturnProductDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registerEntryNo!: string;

  @ValidateNested()
  @Type(() => SignatureDto)
  signature!: SignatureDto;
}
