import { IsOptional, IsString } from 'class-validator';

export class ListEngineersQuery {
  @IsOptional()
  @IsString()
  branch?: string;
}
