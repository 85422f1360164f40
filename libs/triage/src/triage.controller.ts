import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AdminGuard, AuthUser, CurrentUser, RateLimit } from '@app/auth';
import { version } from '../../../package.json';
import { ApiIdempotencyKey, IdempotencyKey, turnKey } from './idempotency-key.decorator';
import { IntelligentTriageOrchestrator } from './intelligent-triage.orchestrator';
import { ContinueTriageDto, ForceCompleteDto, ListCasesQueryDto, StartTriageDto } from './triage-request.dto';
import {
  CaseListDto,
  CleanupResponseDto,
  ContinueTriageResponseDto,
  ConversationDto,
  ErrorResponseDto,
  StartTriageResponseDto,
  StatsDto,
  toCaseListDto,
  toConversationDto,
  toContinueResponse,
  toStartResponse,
  toStatsDto,
  toStatusDto,
  TriageStatusDto,
  UserDataErasedDto,
} from './triage-response.dto';
import { TriageResultDto } from './triage-result.dto';

const CaseId = () => Param('case_id', new ParseUUIDPipe({ version: '4' }));

@ApiTags('triage')
@ApiBearerAuth()
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Malformed JSON, wrong types, unknown fields or a bad case id' })
@ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'Missing, invalid or expired bearer token' })
@ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Rate limit hit; see Retry-After' })
@ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'Redis unavailable or full' })
@Controller('v2/triage')
export class TriageController {
  constructor(private readonly orchestrator: IntelligentTriageOrchestrator) {}

  @Post('start')
  @RateLimit('start')
  @ApiOperation({ summary: 'Start a triage: Justus greets and asks for the problem' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: "user_id differs from the token's user" })
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
  @ApiOkResponse({ type: ContinueTriageResponseDto, description: 'The next question (status "active"), or the closing message with the result (status "completed")' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: "Unknown, expired or another user's case" })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The triage is already completed (see result_url)' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'Body over 64 KB' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'The idempotency key was used for another message of this case' })
  @ApiIdempotencyKey()
  async continue(@CurrentUser() user: AuthUser, @Body() body: ContinueTriageDto, @IdempotencyKey() key?: string): Promise<ContinueTriageResponseDto> {
    const turn = await this.orchestrator.continueIntelligentTriage(body.case_id, user.id, body.message, turnKey(key, body.client_message_id));
    return toContinueResponse(turn);
  }

  @Get('status/:case_id')
  @RateLimit('status')
  @ApiOperation({ summary: 'Where a triage stands' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async status(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<TriageStatusDto> {
    const { conversation, orchestration } = await this.orchestrator.getOrchestrationStatus(caseId, user.id);
    return toStatusDto(conversation, orchestration);
  }

  @Get('conversation/:case_id')
  @RateLimit('conversation')
  @ApiOperation({ summary: 'The transcript, in the order the turns were acknowledged' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async conversation(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<ConversationDto> {
    return toConversationDto((await this.orchestrator.getOrchestrationStatus(caseId, user.id)).conversation);
  }

  @Get('result/:case_id')
  @RateLimit('result')
  @ApiOperation({ summary: 'The triage result' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Still interviewing' })
  result(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<TriageResultDto> {
    return this.orchestrator.getResult(caseId, user.id);
  }

  @Post('force-complete')
  @HttpCode(200)
  @RateLimit('force-complete')
  @ApiOperation({ summary: 'Finish now with what was collected so far' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  forceComplete(@CurrentUser() user: AuthUser, @Body() body: ForceCompleteDto): Promise<TriageResultDto> {
    return this.orchestrator.forceComplete(body.case_id, user.id, body.reason);
  }

  @Delete('cleanup/:case_id')
  @RateLimit('cleanup')
  @ApiOperation({ summary: 'Erase every key and index entry of the case' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async cleanup(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<CleanupResponseDto> {
    await this.orchestrator.cleanup(caseId, user.id);
    return { case_id: caseId, status: 'cleaned_up' };
  }

  @Delete('user-data')
  @RateLimit('user-data')
  @ApiOperation({ summary: "Erase all of the caller's cases (LGPD art. 18)" })
  async eraseUserData(@CurrentUser() user: AuthUser): Promise<UserDataErasedDto> {
    return { user_id: user.id, erased_cases: await this.orchestrator.eraseUserData(user.id), status: 'erased' };
  }

  @Get('stats')
  @UseGuards(AdminGuard)
  @RateLimit('stats')
  @ApiOperation({ summary: 'Live cases by status and complexity, from the indexes; Redis memory (admin)' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'Not an admin' })
  async stats(): Promise<StatsDto> {
    return toStatsDto(await this.orchestrator.getStats(), version);
  }

  @Get('cases')
  @UseGuards(AdminGuard)
  @RateLimit('cases')
  @ApiOperation({ summary: 'Live cases, most recently active first, a page at a time (admin)' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'Not an admin' })
  async cases(@Query() query: ListCasesQueryDto): Promise<CaseListDto> {
    return toCaseListDto(await this.orchestrator.listCases({ cursor: query.cursor, limit: query.limit }));
  }
}
