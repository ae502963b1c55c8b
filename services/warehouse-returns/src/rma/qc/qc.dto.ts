import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

/** RET-6: what happens to goods QC refused. */
@BodyExample<DisposeRefusedGoodsDto>({ disposition: 'returned-to-customer', note: 'at the customer’s cost' })
export class DisposeRefusedGoodsDto {
  @IsIn(['returned-to-customer', 'scrapped-with-consent'])
  disposition!: 'returned-to-customer' | 'scrapped-with-consent';

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
