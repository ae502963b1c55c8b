import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

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
