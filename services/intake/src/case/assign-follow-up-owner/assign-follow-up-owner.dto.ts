import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<AssignFollowUpOwnerDto>({ ownerId: 'u-li' })
export class AssignFollowUpOwnerDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  ownerId!: string;
}
