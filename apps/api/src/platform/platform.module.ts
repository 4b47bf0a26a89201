import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { KEY_STORE, openEventStore, type KeyStore } from '@norte/event-store';
import { norteCodec, openKeyStore } from './codec';
import { CLOCK, systemClock } from './clock';
import { Commands, ExecuteCommandHandler } from './commands';
import { NORTE_CONFIG, type NorteConfig } from './config';
import { HealthController } from './health.controller';
import { ReadModels } from './read-models';
import { PositionScalar } from './scalars';
import { EVENT_CODEC, EVENT_STORE } from './tokens';

/** Event store (adapter chosen by configuration), codec, clock, command bus and read models. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: NorteConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: NORTE_CONFIG, useValue: config },
        {
          provide: EVENT_STORE,
          useFactory: () =>
            openEventStore({ dataDir: config.dataDir, connectionString: config.eventStoreConnectionString }),
        },
        { provide: KEY_STORE, useFactory: () => openKeyStore(config) },
        { provide: EVENT_CODEC, useFactory: (keys: KeyStore) => norteCodec(keys), inject: [KEY_STORE] },
        { provide: CLOCK, useValue: systemClock },
        ReadModels,
        Commands,
        ExecuteCommandHandler,
        PositionScalar,
      ],
      exports: [NORTE_CONFIG, EVENT_STORE, KEY_STORE, EVENT_CODEC, CLOCK, ReadModels, Commands],
    };
  }
}
