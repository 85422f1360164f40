import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MetricsModule, MetricsService } from '@app/metrics';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import { RedisModuleOptions } from './redis-module-options';
import { RedisPool } from './redis-pool';

export interface RedisModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: Array<string | symbol | (new (...args: never[]) => unknown)>;
  useFactory: (...args: never[]) => RedisModuleOptions | Promise<RedisModuleOptions>;
}

/** Provides `RedisPool`, connected at start-up and closed on shutdown. */
@Module({})
export class RedisModule {
  static forRootAsync(options: RedisModuleAsyncOptions): DynamicModule {
    return {
      module: RedisModule,
      imports: options.imports ?? [],
      providers: [
        { provide: REDIS_MODULE_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        RedisPool,
      ],
      exports: [RedisPool],
    };
  }
}

/**
 * The service's one pool, configured from `AppConfig`. State and health import this same
 * object, so Nest (which keys dynamic modules by reference) builds a single pool.
 */
export const ConfiguredRedisModule = RedisModule.forRootAsync({
  imports: [MetricsModule],
  inject: [AppConfig, MetricsService],
  useFactory: ({ redis }: AppConfig, metrics: MetricsService): RedisModuleOptions => ({
    url: redis.url,
    clusterNodes: redis.clusterNodes,
    sentinels: redis.sentinels,
    sentinelName: redis.sentinelName,
    sentinelPassword: redis.sentinelPassword,
    waitReplicas: redis.waitReplicas,
    tlsCa: redis.tlsCa,
    username: redis.username,
    password: redis.password,
    poolSize: redis.maxConnections,
    commandTimeoutMs: redis.commandTimeoutMs,
    observer: metrics.enabled ? metrics.redis : undefined,
  }),
});
