import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { BodyExample } from '@aftersales/platform';
import { DepartmentCode } from '../inspection.dto-parts';

export class CapaDto {
  /** QC-5: one of the blamed departments. */
  @IsString()
  @DepartmentCode()
  ownerDepartment!: string;

  /** The person in the department who owns the action. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  owner?: string;

  @IsString()
  @Length(1, 4000)
  action!: string;

  /** Default: sign-off + QC_CAPA_DUE_DAYS. */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;
}

@BodyExample<SignOffDto>({
  note: 'root cause confirmed',
  capa: {
    ownerDepartment: 'assembly',
    owner: 'u-chen',
    action: 'torque check added to the assembly line',
    dueAt: '2026-04-30T00:00:00.000Z',
  },
})
export class SignOffDto {
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;

  /** QC-5: required when a department of the company is at fault. */
  @IsOptional()
  @ValidateNested()
  @Type(() => CapaDto)
  capa?: CapaDto;
}
