import 'reflect-metadata';
import { runService } from '@aftersales/platform';
import { IntakeConfig } from './intake.config';
import { IntakeModule } from './intake.module';

void runService({ name: 'intake', module: IntakeModule, config: IntakeConfig });
