import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { AppConfig } from './app-config.js';
import { Clock } from './clock.js';

/** Typed access: `config.get('database.url', { infer: true })`. */
export type AppConfigService = ConfigService<AppConfig, true>;

/** The configuration and the clock, for every module of the process. */
@Global()
@Module({})
export class AppConfigModule {
  /** The configuration is loaded and validated before Nest starts (see main.ts), then handed in here. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => config], cache: true }),
      ],
      providers: [Clock],
      exports: [ConfigModule, Clock],
    };
  }
}
