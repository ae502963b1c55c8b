import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import type { EventStore } from '@aftersales/event-store';
import { systemClock, type Clock } from '@aftersales/kernel';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const CLOCK = Symbol('CLOCK');

export interface EventSourcingModuleOptions {
  readonly store: EventStore;
  readonly clock?: Clock;
}

/**
 * Provides the event store and the clock to command handlers (global). Import
 * `CqrsModule.forRoot()` beside it for the CommandBus.
 */
@Module({})
export class EventSourcingModule {
  static forRoot(options: EventSourcingModuleOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      global: true,
      providers: [
        { provide: EVENT_STORE, useValue: options.store },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
      ],
      exports: [EVENT_STORE, CLOCK],
    };
  }

  static forRootAsync(options: {
    readonly useFactory: (
      ...args: never[]
    ) => Promise<EventSourcingModuleOptions> | EventSourcingModuleOptions;
    readonly inject?: Array<InjectionToken | OptionalFactoryDependency>;
  }): DynamicModule {
    const OPTIONS = Symbol('EVENT_SOURCING_OPTIONS');
    return {
      module: EventSourcingModule,
      global: true,
      providers: [
        { provide: OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        { provide: EVENT_STORE, useFactory: (o: EventSourcingModuleOptions) => o.store, inject: [OPTIONS] },
        {
          provide: CLOCK,
          useFactory: (o: EventSourcingModuleOptions) => o.clock ?? systemClock,
          inject: [OPTIONS],
        },
      ],
      exports: [EVENT_STORE, CLOCK],
    };
  }
}
