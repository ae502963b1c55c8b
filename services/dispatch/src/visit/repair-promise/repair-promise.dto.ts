import { IsISO8601 } from 'class-validator';

export class PromiseDto {
  @IsISO8601({ strict: true })
  promisedBy!: string;
}
