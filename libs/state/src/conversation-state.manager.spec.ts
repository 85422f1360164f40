import { Test, TestingModule } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { RedisPool } from '@app/redis';
import { newCase } from '../../../test/factories';
import { CaseIndexReader } from './case-index-reader';
import { ConversationStateManager, UPDATE_ATTEMPTS } from './conversation-state.manager';
import { VersionConflictError } from './version-conflict.error';

describe(ConversationStateManager.name, () => {
  let sut: ConversationStateManager;
  let moduleRef: TestingModule;
  const redis = { defineScript: jest.fn(), run: jest.fn(), evalScript: jest.fn() };

  beforeEach(async () => {
    jest.resetAllMocks();
    moduleRef = await Test.createTestingModule({
      providers: [
        ConversationStateManager,
        { provide: RedisPool, useValue: redis },
        { provide: AppConfig, useValue: loadConfig({}) },
        { provide: CaseIndexReader, useValue: {} },
        MetricsService,
      ],
    }).compile();
    sut = moduleRef.get(ConversationStateManager);
    redis.run.mockResolvedValue([null, null]);
  });

  it('re-reads and re-applies the change after a conflict', async () => {
    redis.evalScript.mockResolvedValueOnce([0, 1, 0]).mockResolvedValueOnce([1, 1, 1]);
    const change = jest.fn(() => newCase());

    const result = await sut.update('case', change);

    expect(change).toHaveBeenCalledTimes(2);
    expect(redis.run).toHaveBeenCalledTimes(2);
    expect(result.orchestration!.version).toBe(1);
    const metrics = await moduleRef.get(MetricsService).render();
    expect(metrics).toMatch(/^litgo_state_cas_conflicts_total 1$/m);
    expect(metrics).toMatch(/^litgo_state_cas_retries_total 1$/m);
  });

  it(`gives the conflict back after ${UPDATE_ATTEMPTS} attempts`, async () => {
    redis.evalScript.mockResolvedValue([0, 7, 7]);
    await expect(sut.update('case', () => newCase())).rejects.toBeInstanceOf(VersionConflictError);
    expect(redis.evalScript).toHaveBeenCalledTimes(UPDATE_ATTEMPTS);
  });

  it('writes nothing when the change throws', async () => {
    await expect(
      sut.update('case', () => {
        throw new Error('not found');
      }),
    ).rejects.toThrow('not found');
    expect(redis.evalScript).not.toHaveBeenCalled();
  });

  it('writes nothing when the change returns no document', async () => {
    await sut.update('case', () => ({ conversation: null, orchestration: null }));
    expect(redis.evalScript).not.toHaveBeenCalled();
  });

  it('sends the expected versions and leaves an absent document alone', async () => {
    redis.evalScript.mockResolvedValue([1, 4, 0]);
    const { conversation } = newCase();
    await sut.saveConversationState({ ...conversation, version: 3 });
    const args = redis.evalScript.mock.calls[0][2] as unknown[];
    expect(args.slice(2, 3)).toEqual([3]);
    expect(args.slice(5, 7)).toEqual(['', '']);
  });
});
