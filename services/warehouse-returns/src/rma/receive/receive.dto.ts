import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';

export class ReceivedLineDto {
  @IsInt()
  @Min(1)
  lineNo!: number;

  @IsInt()
  @Min(1)
  quantity!: number;
}

/** RET-6: what arrived at the warehouse; no lines: everything as requested. */
export class ReceiveGoodsDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ReceivedLineDto)
  lines?: ReceivedLineDto[];
}
