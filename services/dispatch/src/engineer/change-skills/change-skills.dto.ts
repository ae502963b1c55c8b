import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ChangeSkillsDto>({
  skills: ['switchgear', 'ring-main-units'],
  reason: 'completed the ring main unit course',
})
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
