import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COST_CATEGORIES,
  URGENCIES,
  WORK_KINDS,
  ZONES,
  type CostCategory,
  type ServiceClass,
  type StaffHome,
  type Urgency,
  type WorkKind,
  type Zone,
} from '../dispatch.vocabulary';

const BRANCH = /^[A-Z]{2,8}$/;
const ID = /^[A-Za-z0-9._-]{1,100}$/;

export class MoneyDto {
  @IsInt()
  @Min(0)
  amountMinor!: number;

  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

export class PartLineDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  partNo!: string;

  @IsInt()
  @Min(1)
  qty!: number;
}

export class PricedPartLineDto extends PartLineDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  unitCost!: MoneyDto;
}

export class SignatureDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signedBy!: string;

  @IsISO8601({ strict: true })
  signedAt!: string;

  @IsIn(['signature', 'e-signature'])
  method!: 'signature' | 'e-signature';
}

export class RegisterEngineerDto {
  @IsOptional()
  @Matches(ID)
  engineerId?: string;

  @Matches(BRANCH)
  branch!: string;

  @IsIn(['branch', 'head-office'])
  home!: StaffHome;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  skills!: string[];

  @IsIn(ZONES)
  baseZone!: Zone;
}

export class ChangeSkillsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  skills!: string[];

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class LeaveDto {
  @IsISO8601({ strict: true })
  from!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class AvailableDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
}

export class ReasonDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReceivePartsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PartLineDto)
  lines!: PartLineDto[];

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;
}

export class OpenVisitDto {
  @IsUUID()
  caseId!: string;

  /** DSP-2 the zone of the customer's address, named by the dispatcher. */
  @IsIn(ZONES)
  zone!: Zone;

  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;
}

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

export class AppointmentDto {
  @IsISO8601({ strict: true })
  confirmedAt!: string;
}

export class FindingsDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings!: string;
}

export class WorkDoneDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  workDone!: string;
}

export class PartsUsedDto {
  @Matches(ID)
  usageId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PricedPartLineDto)
  parts!: PricedPartLineDto[];
}

export class LabourDto {
  @IsIn(WORK_KINDS)
  workKind!: WorkKind;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes!: number;
}

export class CostDto {
  @Matches(ID)
  costId!: string;

  @IsIn(COST_CATEGORIES)
  category!: CostCategory;

  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @Matches(ID)
  staffId!: string;

  @IsIn(['branch', 'head-office'])
  staffHome!: StaffHome;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}

export class CompleteVisitDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  voucherNo!: string;

  @IsBoolean()
  firstTimeFix!: boolean;

  @ValidateNested()
  @Type(() => SignatureDto)
  signature!: SignatureDto;
}

export class TakeBackDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  receiptNo!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registerEntryNo!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  repairCardNo!: string;
}

export class RepairCardEntryDto {
  @Matches(ID)
  engineerId!: string;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes!: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PricedPartLineDto)
  parts?: PricedPartLineDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CompleteRepairDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;
}

export class ReturnProductDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registerEntryNo!: string;

  @ValidateNested()
  @Type(() => SignatureDto)
  signature!: SignatureDto;
}

export class PromiseDto {
  @IsISO8601({ strict: true })
  promisedBy!: string;
}

export class ServiceClassDto {
  @IsIn(['free-warranty', 'contract', 'paid'])
  serviceClass!: ServiceClass;
}

export class ServiceFeeDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  receiptNo!: string;
}

export class InvoiceRequestDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}

export class ListVisitsQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsIn([
    'unassigned',
    'assigned',
    'en-route',
    'on-site',
    'completed',
    'in-repair',
    'repaired',
    'returned',
    'cancelled',
  ])
  status?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class ListEngineersQuery {
  @IsOptional()
  @IsString()
  branch?: string;
}

export class DailyReportQuery {
  @Matches(BRANCH)
  branch!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;
}
