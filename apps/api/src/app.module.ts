import { type DynamicModule, Module } from '@nestjs/common';

import { type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { GraphQLModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { NetworkModule } from './network/network.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        GraphQLModule,
        HealthModule,
        NetworkModule,
      ],
    };
  }
}
