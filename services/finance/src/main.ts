import 'reflect-metadata';
import { serviceMain } from '@aftersales/platform';
import { financeService } from './finance.service';

serviceMain(financeService);
