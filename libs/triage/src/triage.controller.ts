import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminGuard, AuthUser, CurrentUser, RateLimit } from '@app/auth';
import { version } from '../../../package.json';
import { ApiIdempotencyKey, IdempotencyKey, turnKey } from './idempotency-key.decorator';
import { IntelligentTriageOrchestrator } from './intelligent-triage.orchestrator';
import { InvalidCaseIdException } from './invalid-case-id.exception';
import { CaseListDto, CleanupResponseDto, StatsDto, toCaseListDto, toStatsDto, UserDataErasedDto } from './triage-admin-response.dto';
import { ApiCaseIdParam, ApiErrorResponses } from './triage-api-docs.decorators';
import { ContinueTriageDto, ForceCompleteDto, ListCasesQueryDto, StartTriageDto } from './triage-request.dto';
import {
  ContinueTriageResponseDto,
  ConversationDto,
  StartTriageResponseDto,
  toConversationDto,
  toContinueResponse,
  toStartResponse,
  toStatusDto,
  TriageStatusDto,
} from './triage-response.dto';
import { TriageResultDto } from './triage-result.dto';

const CaseId = () => Param('case_id', new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidCaseIdException() }));

@ApiTags('triage')
@ApiBearerAuth()
@ApiErrorResponses('unauthorized', 'rate_limited', 'redis_unavailable')
@Controller('v2/triage')
export class TriageController {
  constructor(private readonly orchestrator: IntelligentTriageOrchestrator) {}

  @Post('start')
  @RateLimit('start')
  @ApiOperation({ summary: 'Start a triage: Justus greets and asks for the problem' })
  @ApiCreatedResponse({ type: StartTriageResponseDto, description: 'The case is created; `status` is `interviewing`' })
  @ApiErrorResponses('unknown_field', 'invalid_idempotency_key', 'other_user', 'payload_too_large', 'unsupported_media_type')
  @ApiIdempotencyKey()
  async start(@CurrentUser() user: AuthUser, @Body() body: StartTriageDto, @IdempotencyKey() key?: string): Promise<StartTriageResponseDto> {
    if (body.user_id !== undefined && body.user_id !== user.id) {
      throw new ForbiddenException({ message: "user_id differs from the token's subject", detail: 'Você só pode iniciar triagens em seu próprio nome.' });
    }
    return toStartResponse(await this.orchestrator.startIntelligentTriage(user.id, key));
  }

  @Post('continue')
  @HttpCode(200)
  @RateLimit('continue')
  @ApiOperation({ summary: "Send the client's answer; get the next question, or the result when complete" })
  @ApiOkResponse({ type: ContinueTriageResponseDto, description: 'The next question (`active`), or the result (`completed`)' })
  @ApiErrorResponses(
    'empty_message',
    'message_too_long',
    'invalid_case_id',
    'unknown_field',
    'invalid_idempotency_key',
    'case_not_found',
    'case_completed',
    'version_conflict',
    'payload_too_large',
    'unsupported_media_type',
    'idempotency_key_reused',
  )
  @ApiIdempotencyKey()
  async continue(@CurrentUser() user: AuthUser, @Body() body: ContinueTriageDto, @IdempotencyKey() key?: string): Promise<ContinueTriageResponseDto> {
    const turn = await this.orchestrator.continueIntelligentTriage(body.case_id, user.id, body.message, turnKey(key, body.client_message_id));
    return toContinueResponse(turn);
  }

  @Get('status/:case_id')
  @RateLimit('status')
  @ApiOperation({ summary: 'Where a triage stands' })
  @ApiCaseIdParam()
  @ApiOkResponse({ type: TriageStatusDto })
  @ApiErrorResponses('invalid_case_id', 'case_not_found')
  async status(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<TriageStatusDto> {
    const { conversation, orchestration } = await this.orchestrator.getOrchestrationStatus(caseId, user.id);
    return toStatusDto(conversation, orchestration);
  }

  @Get('conversation/:case_id')
  @RateLimit('conversation')
  @ApiOperation({ summary: 'The transcript, in the order the turns were acknowledged' })
  @ApiCaseIdParam()
  @ApiOkResponse({ type: ConversationDto })
  @ApiErrorResponses('invalid_case_id', 'case_not_found')
  async conversation(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<ConversationDto> {
    return toConversationDto((await this.orchestrator.getOrchestrationStatus(caseId, user.id)).conversation);
  }

  @Get('result/:case_id')
  @RateLimit('result')
  @ApiOperation({ summary: 'The triage result' })
  @ApiCaseIdParam()
  @ApiOkResponse({ type: TriageResultDto })
  @ApiErrorResponses('invalid_case_id', 'case_not_found', 'result_not_ready')
  result(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<TriageResultDto> {
    return this.orchestrator.getResult(caseId, user.id);
  }

  @Post('force-complete')
  @HttpCode(200)
  @RateLimit('force-complete')
  @ApiOperation({ summary: 'Finish now with what was collected so far' })
  @ApiOkResponse({ type: TriageResultDto })
  @ApiErrorResponses('invalid_case_id', 'unknown_field', 'case_not_found', 'version_conflict', 'payload_too_large', 'unsupported_media_type')
  forceComplete(@CurrentUser() user: AuthUser, @Body() body: ForceCompleteDto): Promise<TriageResultDto> {
    return this.orchestrator.forceComplete(body.case_id, user.id, body.reason);
  }

  @Delete('cleanup/:case_id')
  @RateLimit('cleanup')
  @ApiOperation({ summary: 'Erase every key and index entry of the case' })
  @ApiCaseIdParam()
  @ApiOkResponse({ type: CleanupResponseDto })
  @ApiErrorResponses('invalid_case_id', 'case_not_found')
  async cleanup(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<CleanupResponseDto> {
    await this.orchestrator.cleanup(caseId, user.id);
    return { case_id: caseId, status: 'cleaned_up' };
  }

  @Delete('user-data')
  @RateLimit('user-data')
  @ApiOperation({ summary: "Erase all of the caller's cases (LGPD art. 18)" })
  @ApiOkResponse({ type: UserDataErasedDto })
  async eraseUserData(@CurrentUser() user: AuthUser): Promise<UserDataErasedDto> {
    return { user_id: user.id, erased_cases: await this.orchestrator.eraseUserData(user.id), status: 'erased' };
  }

  @Get('stats')
  @UseGuards(AdminGuard)
  @RateLimit('stats')
  @ApiOperation({ summary: 'Live cases by status and complexity, from the indexes; Redis memory (admin)' })
  @ApiOkResponse({ type: StatsDto })
  @ApiErrorResponses('not_admin')
  async stats(): Promise<StatsDto> {
    return toStatsDto(await this.orchestrator.getStats(), version);
  }

  @Get('cases')
  @UseGuards(AdminGuard)
  @RateLimit('cases')
  @ApiOperation({ summary: 'Live cases, most recently active first, a page at a time (admin)' })
  @ApiOkResponse({ type: CaseListDto })
  @ApiErrorResponses('unknown_field', 'not_admin')
  async cases(@Query() query: ListCasesQueryDto): Promise<CaseListDto> {
    return toCaseListDto(await this.orchestrator.listCases({ cursor: query.cursor, limit: query.limit }));
  }
}
