import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ID } from '../../dispatch.dto-parts';

export class AssignDto {
  @Matches(ID)
  engineerId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReassignDto {
  @Matches(ID)
  engineerId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
