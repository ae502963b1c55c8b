import 'reflect-metadata';
import { serviceMain } from '@aftersales/platform';
import { claimsService } from './claims.service';

serviceMain(claimsService);
