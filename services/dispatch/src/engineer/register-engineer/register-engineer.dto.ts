import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ZONES, type StaffHome, type Zone } from '../../dispatch.vocabulary';
import { ID, BRANCH } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<RegisterEngineerDto>({
  engineerId: 'eng-wang',
  branch: 'HZ',
  home: 'branch',
  skills: ['switchgear', 'transformers'],
  baseZone: 'city',
})
export class RegisterEngineerDto {
  @IsOptional()
  @Matches(ID, { message: '$property may hold letters, digits and . _ - only (at most 100)' })
  engineerId?: string;

  @Matches(BRANCH, { message: '$property must be a branch code (2-8 capital letters)' })
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
