import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<TakeBackDto>({
  receiptNo: 'R-2026-0007',
  registerEntryNo: 'IN-2026-0007',
  repairCardNo: 'RC-2026-0007',
})
export class TakeBackDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  receiptNo!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registerEntryNo!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  repairCardNo!: string;
}
