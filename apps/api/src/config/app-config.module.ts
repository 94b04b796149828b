import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config';

/** Injection token of the AppConfig the application was started with. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Makes the start-up settings injectable in every module. */
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
