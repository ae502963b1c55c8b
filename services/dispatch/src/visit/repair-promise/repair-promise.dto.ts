import { IsISO8601 } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

@BodyExample<PromiseDto>({ promisedBy: '2026-03-06T09:00:00.000Z' })
export class PromiseDto {
  @IsISO8601({ strict: true })
  promisedBy!: string;
}
