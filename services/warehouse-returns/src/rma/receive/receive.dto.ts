import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

export class ReceivedLineDto {
  @IsInt()
  @Min(1)
  lineNo!: number;

  @IsInt()
  @Min(1)
  quantity!: number;
}

/** RET-6: what arrived at the warehouse; no lines: everything as requested. */
@BodyExample<ReceiveGoodsDto>({ lines: [{ lineNo: 1, quantity: 1 }] })
export class ReceiveGoodsDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ReceivedLineDto)
  lines?: ReceivedLineDto[];
}
