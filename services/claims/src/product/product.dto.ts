import { OffsetPageQuery, BodyExample } from '@aftersales/platform';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day, refused in words. */
const Day = () => Matches(DATE, { message: '$property must be a date YYYY-MM-DD' });

@BodyExample<RegisterProductDto>({
  serial: 'SN-2024-000123',
  model: 'KYN28-12',
  customerId: 'cust-42',
  branch: 'HZ',
  deliveryDate: '2024-03-01',
  commissioningDate: '2024-04-15',
})
export class RegisterProductDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9._/-]+$/, { message: 'serial may hold letters, digits and . _ / - only' })
  serial!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  model!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  customerId!: string;

  @IsString()
  @Matches(/^[A-Z0-9]{1,20}$/, {
    message: '$property must be a branch code (1-20 capital letters or digits)',
  })
  branch!: string;

  @IsOptional()
  @Day()
  @IsISO8601({ strict: true })
  deliveryDate?: string;

  @IsOptional()
  @Day()
  @IsISO8601({ strict: true })
  commissioningDate?: string;
}

@BodyExample<ImportProductsDto>({
  format: 'csv',
  content:
    'serial,model,customerId,branch,deliveryDate,commissioningDate\nSN-2024-000123,KYN28-12,cust-42,HZ,2024-03-01,2024-04-15',
})
export class ImportProductsDto {
  /** JSON lines (one product object a line) or CSV with a header row. */
  @IsIn(['jsonl', 'csv'])
  format!: 'jsonl' | 'csv';

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000_000)
  content!: string;
}

@BodyExample<AddContractDto>({
  contractId: 'MC-2026-007',
  kind: 'maintenance',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
})
export class AddContractDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contractId!: string;

  @IsIn(['maintenance', 'software'])
  kind!: 'maintenance' | 'software';

  @Day()
  @IsISO8601({ strict: true })
  startsOn!: string;

  @Day()
  @IsISO8601({ strict: true })
  endsOn!: string;
}

export class ListProductsQuery extends OffsetPageQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;
}
