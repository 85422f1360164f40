import { RedisPool } from '@app/redis';
import { testConfig } from '../../../test/test-app';
import { CaseIndexEntry, indexCaseCommands, saveCaseCall } from './case-write';
import { INDEX_CASE_SCRIPT, SAVE_CASE_SCRIPT } from './state-scripts';
import { StateKeys } from './state-keys';

/** The save and index scripts run by the suite's real Redis (a cluster in the cluster leg), checked by what they store. */
describe(saveCaseCall.name, () => {
  const config = testConfig();
  const keys = new StateKeys(config.redis.keyPrefix, 4);
  const { url, clusterNodes } = config.redis;
  const pool = new RedisPool({ url, clusterNodes, poolSize: 1, commandTimeoutMs: 1_000 });
  const write = (expectedVersion: number, text: string) => ({ op: 'write' as const, expectedVersion, json: `{"version":${expectedVersion + 1},"text":"${text}"}`, ttlSeconds: 100 });
  const touch = { op: 'touch' as const, ttlSeconds: 50 };
  const save = (caseId: string, conversation: ReturnType<typeof write> | typeof touch, orchestration: ReturnType<typeof write> | typeof touch) => {
    const call = saveCaseCall(keys, { caseId, conversation, orchestration });
    return pool.evalScript<[number, number, number]>(SAVE_CASE_SCRIPT.name, call.keys, call.args);
  };
  const index = (entry: CaseIndexEntry) => pool.batch(indexCaseCommands(keys, entry));
  const get = (key: string) => pool.run((c) => c.get(key));

  beforeAll(async () => {
    [SAVE_CASE_SCRIPT, INDEX_CASE_SCRIPT].forEach((script) => pool.defineScript(script));
    await pool.onModuleInit();
  });

  afterAll(() => pool.onApplicationShutdown());

  it('creates both documents when absent and refuses a second create, answering the stored versions', async () => {
    await expect(save('c1', write(0, 'a'), write(0, 'b'))).resolves.toEqual([1, 1, 1]);
    await expect(save('c1', write(0, 'x'), write(1, 'y'))).resolves.toEqual([0, 1, 1]);
    await expect(get(keys.conversation('c1'))).resolves.toBe('{"version":1,"text":"a"}');
    await expect(get(keys.orchestration('c1'))).resolves.toBe('{"version":1,"text":"b"}');
  });

  it('writes one document at its expected version and only slides the TTL of the other', async () => {
    await save('c2', write(0, 'a'), write(0, 'b'));
    await pool.run((c) => c.expire(keys.orchestration('c2'), 5));
    await expect(save('c2', write(1, 'a2'), touch)).resolves.toEqual([1, 2, 1]);
    await expect(get(keys.orchestration('c2'))).resolves.toBe('{"version":1,"text":"b"}');
    await expect(pool.run((c) => c.ttl(keys.orchestration('c2')))).resolves.toBeGreaterThan(40);
  });

  it('touches nothing into existence', async () => {
    await expect(save('c3', write(0, 'a'), touch)).resolves.toEqual([1, 1, 0]);
    await expect(get(keys.orchestration('c3'))).resolves.toBeNull();
  });

  it('indexes a case in its bucket and its owner’s index, moves its status, and skips a step older than the last', async () => {
    const bucket = keys.bucket(keys.bucketOf('c4'));
    const entry: CaseIndexEntry = { caseId: 'c4', ownerId: 'u4', score: 1_000, conversation: 'present', orchestration: { status: 'interviewing', complexity: null }, mode: 'newer' };
    await index(entry);
    await index({ ...entry, score: 2_000, orchestration: { status: 'completed', complexity: 'high' } });
    await index({ ...entry, score: 1_500 });
    const score = (key: string) => pool.run((c) => c.zscore(key, 'c4'));
    await expect(score(bucket.conversations)).resolves.toBe('2000');
    await expect(score(bucket.status.completed)).resolves.toBe('2000');
    await expect(score(bucket.status.interviewing)).resolves.toBeNull();
    await expect(score(bucket.complexity.high)).resolves.toBe('2000');
    await expect(score(keys.owner('u4'))).resolves.toBe('2000');

    await index({ ...entry, score: 3_000, conversation: 'absent', orchestration: 'absent', mode: 'repair' });
    for (const key of [bucket.conversations, bucket.orchestrations, bucket.status.completed, bucket.complexity.high, keys.owner('u4')]) {
      await expect(score(key)).resolves.toBeNull();
    }
  });
});
