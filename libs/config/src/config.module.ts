import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { AppConfig } from './app-config.js';

/** Typed access: `config.get('database.url', { infer: true })`. */
export type AppConfigService = ConfigService<AppConfig, true>;

@Module({})
export class AppConfigModule {
  /** The configuration is loaded and validated before Nest starts (see main.ts), then handed in here. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => config], cache: true }),
      ],
      exports: [ConfigModule],
    };
  }
}
