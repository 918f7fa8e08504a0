import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { type TEnv } from './config/env.schema';
import { mountStaticApps, type StaticApp } from './static-apps/static-apps';

export interface CreateAppOptions {
  /** Override the served front-ends (tests). */
  staticApps?: readonly StaticApp[];
}

/** Builds the whole platform as one Nest application: GraphQL, health, and the two front-ends. */
export async function createApp(
  env: TEnv,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(new AppConfig(env)),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  mountStaticApps(app, options.staticApps);
  return app;
}
