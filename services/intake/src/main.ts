import 'reflect-metadata';
import { serviceMain } from '@aftersales/platform';
import { intakeService } from './intake.service';

serviceMain(intakeService);
