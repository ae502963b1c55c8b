import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  EVIDENCE_KINDS,
  FULL_SHARE_BP,
  PARTY_KINDS,
  type EvidenceKind,
  type Party,
} from './inspection.vocabulary';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A supplier, carrier, attribution or finding reference, refused in words (the console says them in Chinese). */
export const Reference = () =>
  Matches(ID, {
    message: '$property must start with a letter or digit and hold letters, digits and . _ : - only',
  });
/** A department code (QC-3, QC-5), refused in words. */
export const DepartmentCode = () =>
  Matches(/^[a-z][a-z0-9-]{0,99}$/, {
    message:
      '$property must be a department code (a lower-case letter, then lower-case letters, digits and -, at most 100)',
  });

/** QC-2: evidence by reference, fixed by the SHA-256 of its content. */
export class EvidenceDto {
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  /** Where the document management system keeps it (a URI or a document number). */
  @IsString()
  @Length(1, 1000)
  ref!: string;

  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be the 64 lower-case hex digits of the content hash' })
  sha256!: string;

  @IsOptional()
  @IsString()
  @Length(1, 1000)
  description?: string;
}

export class MeasurementDto {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @IsString()
  @Length(1, 50)
  unit!: string;
}

/** A party that can be held responsible; the fields its kind needs, and no others. */
export class PartyDto {
  @IsIn(PARTY_KINDS)
  kind!: Party['kind'];

  @ValidateIf((p: PartyDto) => p.kind === 'department' || p.department !== undefined)
  @IsString()
  @DepartmentCode()
  department?: string;

  /** A named person in the department (optional). */
  @ValidateIf((p: PartyDto) => p.person !== undefined)
  @IsString()
  @Length(1, 100)
  person?: string;

  @ValidateIf((p: PartyDto) => p.kind === 'supplier' || p.supplierId !== undefined)
  @IsString()
  @Length(1, 100)
  @Reference()
  supplierId?: string;

  @ValidateIf((p: PartyDto) => p.kind === 'carrier' || p.carrierId !== undefined)
  @IsString()
  @Length(1, 100)
  @Reference()
  carrierId?: string;
}

/** QC-3: a line of the share table, in whole basis points (10,000 = 100 %). */
export class ShareDto {
  @ValidateNested()
  @Type(() => PartyDto)
  party!: PartyDto;

  @IsInt()
  @Min(1)
  @Max(FULL_SHARE_BP)
  shareBp!: number;
}

/** The party as the decider knows it: only the fields of its kind. */
export function toParty(dto: PartyDto): Party {
  switch (dto.kind) {
    case 'department':
      return {
        kind: 'department',
        department: dto.department!,
        ...(dto.person ? { person: dto.person } : {}),
      };
    case 'supplier':
      return { kind: 'supplier', supplierId: dto.supplierId! };
    case 'customer':
      return { kind: 'customer' };
    case 'carrier':
      return { kind: 'carrier', carrierId: dto.carrierId! };
  }
}
