import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** RET-3: the executive's reason for approving an exchange over its limits. */
export class SpecialCaseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
