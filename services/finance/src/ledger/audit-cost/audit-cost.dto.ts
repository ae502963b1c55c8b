import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** FIN-1: why finance rejects a cost. */
export class RejectCostDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
