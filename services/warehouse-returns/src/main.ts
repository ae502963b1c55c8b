import 'reflect-metadata';
import { serviceMain } from '@aftersales/platform';
import { warehouseReturnsService } from './warehouse-returns.service';

serviceMain(warehouseReturnsService);
