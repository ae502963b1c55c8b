import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** RET-6: what happens to goods QC refused. */
export class DisposeRefusedGoodsDto {
  @IsIn(['returned-to-customer', 'scrapped-with-consent'])
  disposition!: 'returned-to-customer' | 'scrapped-with-consent';

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
