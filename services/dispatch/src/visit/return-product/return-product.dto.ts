import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SignatureDto } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ReturnProductDto>({
  registerEntryNo: 'OUT-2026-0007',
  signature: { signedBy: 'Wang Fang', signedAt: '2026-03-05T02:00:00.000Z', method: 'signature' },
})
export class ReturnProductDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registerEntryNo!: string;

  @ValidateNested()
  @Type(() => SignatureDto)
  signature!: SignatureDto;
}
