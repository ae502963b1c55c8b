import 'reflect-metadata';
import { runService } from '@aftersales/platform';
import { DispatchConfig } from './dispatch.config';
import { DispatchModule } from './dispatch.module';

void runService({ name: 'dispatch', module: DispatchModule, config: DispatchConfig });
