export * from './redis.constants';
export * from './redis.module';
export * from './redis-module-options';
export * from './redis-pool';
export { RedisTopology } from './redis-topology';
export * from './redis-unavailable.error';
