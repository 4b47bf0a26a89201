import { existsSync } from 'node:fs';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule } from 'nestjs-pino';
import type { NorteConfig } from './platform/config';
import { DomainErrorFilter } from './platform/errors';
import { PlatformModule } from './platform/platform.module';
import { OrganisationModule } from './organisation/organisation.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { UsersModule } from './users/users.module';
import { PeopleModule } from './people/people.module';
import { TeamsModule } from './teams/teams.module';
import { MaturityModule } from './maturity/maturity.module';
import { ActivityModule } from './activity/activity.module';

@Module({})
export class AppModule {
  static forRoot(config: NorteConfig): DynamicModule {
    const web = existsSync(config.webDir)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDir, exclude: ['/graphql{*path}', '/healthz'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: { level: config.logLevel, autoLogging: false, redact: ['req.headers.authorization', 'req.headers.cookie'] },
        }),
        PlatformModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !config.production,
          subscriptions: { 'graphql-ws': true },
        }),
        ...web,
        OrganisationModule,
        CatalogueModule,
        UsersModule,
        PeopleModule,
        TeamsModule,
        MaturityModule,
        ActivityModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}
