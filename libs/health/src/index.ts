export * from './drain.service';
export * from './health.module';
export * from './redis.health';
