import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfigService } from '@neuland/config';
import { SafeFetcher } from './safe-fetch.js';

/** Provides the one SafeFetcher every remote check goes through, configured from SAFE_FETCH_*. */
@Module({
  providers: [
    {
      provide: SafeFetcher,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => new SafeFetcher(config.get('safeFetch', { infer: true })),
    },
  ],
  exports: [SafeFetcher],
})
export class SafeFetchModule {}
