import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class ListEngineersQuery {
  @ApiPropertyOptional({ description: "a branch code (default: the caller's branches)" })
  @IsOptional()
  @IsString()
  branch?: string;
}
