import { IsInt, Matches, Min } from 'class-validator';

export const BRANCH = /^[A-Z]{2,8}$/;
export const ID = /^[A-Za-z0-9._:-]{1,100}$/;
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A branch code, refused in words (the console says them in Chinese). */
export const BranchCode = () =>
  Matches(BRANCH, { message: '$property must be a branch code (2-8 capital letters)' });
/** A case, cost or customer reference, refused in words. */
export const Reference = () =>
  Matches(ID, { message: '$property may hold letters, digits and . _ : - only (at most 100)' });

/** FIN-9: integer minor units (no floats), positive, with an ISO 4217 currency. */
export class MoneyDto {
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code' })
  currency!: string;
}
