/** Injection token of the `RedisModuleOptions` built by `forRootAsync`. */
export const REDIS_MODULE_OPTIONS = 'REDIS_MODULE_OPTIONS';
