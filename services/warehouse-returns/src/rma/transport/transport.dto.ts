import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

/** RET-5: the freight station's arrival notice. */
@BodyExample<ArrivalNoticeDto>({ station: 'Hangzhou East freight' })
export class ArrivalNoticeDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  station!: string;
}

/** RET-5: the transport order names its driver and vehicle. */
@BodyExample<TransportOrderDto>({ driverId: 'drv-1', driverName: 'Li Wei', vehicle: '浙A-12345' })
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
