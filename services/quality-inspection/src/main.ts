import 'reflect-metadata';
import { serviceMain } from '@aftersales/platform';
import { qualityInspectionService } from './quality-inspection.service';

serviceMain(qualityInspectionService);
