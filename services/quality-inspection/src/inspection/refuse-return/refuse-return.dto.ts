import { IsString, Length } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<RefuseReturnDto>({ explanation: 'the housing was dropped in transit by the customer' })
export class RefuseReturnDto {
  /** QC-5: the detailed explanation the return is rejected with (RET-6); its least length is configured. */
  @IsString()
  @Length(1, 8000)
  explanation!: string;
}
