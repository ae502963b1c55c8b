import 'reflect-metadata';
import { serviceMain } from '@aftersales/platform';
import { dispatchService } from './dispatch.service';

serviceMain(dispatchService);
