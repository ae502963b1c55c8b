import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString } from 'class-validator';
import { ZONES, type StaffHome, type Zone } from '../../dispatch.vocabulary';
import { BranchCode, Reference } from '../../dispatch.dto-parts';
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
  @Reference()
  engineerId?: string;

  @BranchCode()
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
