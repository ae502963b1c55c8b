import { Type } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SignatureDto } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<CompleteVisitDto>({
  voucherNo: 'SV-2026-0042',
  firstTimeFix: true,
  signature: { signedBy: 'Wang Fang', signedAt: '2026-03-02T06:00:00.000Z', method: 'e-signature' },
})
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
