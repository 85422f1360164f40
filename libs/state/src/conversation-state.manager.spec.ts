import { Test, TestingModule } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { RedisPool } from '@app/redis';
import { newCase } from '../../../test/factories';
import { CaseEraser } from './case-eraser';
import { CaseIndexReader } from './case-index-reader';
import { CaseSaver } from './case-saver';
import { CaseWriter } from './case-writer';
import { StartKeyClaims } from './start-key-claims';
import { StateKeys } from './state-keys';
import { ConversationStateManager, UPDATE_ATTEMPTS } from './conversation-state.manager';
import { VersionConflictError } from './version-conflict.error';

describe(ConversationStateManager.name, () => {
  let sut: ConversationStateManager;
  let moduleRef: TestingModule;
  const redis = { defineScript: jest.fn(), run: jest.fn() };
  const writer = { keys: new StateKeys('p:'), save: jest.fn(), index: jest.fn() };
  const reply = (saved: boolean, conversationVersion: number, orchestrationVersion: number) => ({ saved, conversationVersion, orchestrationVersion });

  beforeEach(async () => {
    jest.resetAllMocks();
    moduleRef = await Test.createTestingModule({
      providers: [
        ConversationStateManager,
        { provide: RedisPool, useValue: redis },
        { provide: AppConfig, useValue: loadConfig({}) },
        { provide: CaseIndexReader, useValue: {} },
        { provide: CaseWriter, useValue: writer },
        CaseSaver,
        { provide: StartKeyClaims, useValue: {} },
        { provide: CaseEraser, useValue: {} },
        MetricsService,
      ],
    }).compile();
    sut = moduleRef.get(ConversationStateManager);
    redis.run.mockResolvedValue([null, null]);
  });

  it('re-reads and re-applies the change after a conflict', async () => {
    writer.save.mockResolvedValueOnce(reply(false, 1, 0)).mockResolvedValueOnce(reply(true, 1, 1));
    const change = jest.fn(() => newCase());

    const result = await sut.update('case', change);

    expect(change).toHaveBeenCalledTimes(2);
    // Two reads for the change, one to re-index from what the conflict left stored.
    expect(redis.run).toHaveBeenCalledTimes(3);
    expect(result.orchestration!.version).toBe(1);
    const metrics = await moduleRef.get(MetricsService).render();
    expect(metrics).toMatch(/^litgo_state_cas_conflicts_total 1$/m);
    expect(metrics).toMatch(/^litgo_state_cas_retries_total 1$/m);
    expect(metrics).toMatch(/^litgo_state_index_repairs_total 1$/m);
  });

  it(`gives the conflict back after ${UPDATE_ATTEMPTS} attempts`, async () => {
    writer.save.mockResolvedValue(reply(false, 7, 7));
    await expect(sut.update('case', () => newCase())).rejects.toBeInstanceOf(VersionConflictError);
    expect(writer.save).toHaveBeenCalledTimes(UPDATE_ATTEMPTS);
    // Each failed save's index entries are rewritten from what is stored (nothing, here).
    expect(writer.index).toHaveBeenLastCalledWith([expect.objectContaining({ conversation: 'absent', orchestration: 'absent', mode: 'repair' })]);
  });

  it('writes nothing when the change throws', async () => {
    await expect(
      sut.update('case', () => {
        throw new Error('not found');
      }),
    ).rejects.toThrow('not found');
    expect(writer.save).not.toHaveBeenCalled();
  });

  it('writes nothing when the change returns no document', async () => {
    await sut.update('case', () => ({ conversation: null, orchestration: null }));
    expect(writer.save).not.toHaveBeenCalled();
  });

  it('compares the written document with its version, only touches the other, and sends the index entries along', async () => {
    writer.save.mockResolvedValue(reply(true, 4, 0));
    const { conversation } = newCase();
    await sut.saveConversationState({ ...conversation, version: 3 });
    expect(writer.save.mock.calls[0][0]).toMatchObject({
      caseId: conversation.caseId,
      conversation: { op: 'write', expectedVersion: 3 },
      orchestration: { op: 'touch' },
    });
    expect(writer.save.mock.calls[0][1]).toMatchObject({ caseId: conversation.caseId, ownerId: conversation.userId, conversation: 'present', orchestration: 'unchanged', mode: 'newer' });
    expect(writer.index).not.toHaveBeenCalled();
  });
});
