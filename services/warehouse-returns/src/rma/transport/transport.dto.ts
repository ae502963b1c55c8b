import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** RET-5: the freight station's arrival notice. */
export class ArrivalNoticeDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  station!: string;
}

/** RET-5: the transport order names its driver and vehicle. */
export class TransportOrderDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  driverId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  driverName!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  vehicle!: string;
}
