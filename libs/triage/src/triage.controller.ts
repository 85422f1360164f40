import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { version } from '../../../package.json';
import { IntelligentTriageOrchestrator } from './intelligent-triage.orchestrator';
import { ContinueTriageDto, ForceCompleteDto, StartTriageDto } from './triage-request.dto';
import {
  CleanupResponseDto,
  ContinueTriageResponseDto,
  ConversationDto,
  ErrorResponseDto,
  StartTriageResponseDto,
  StatsDto,
  toConversationDto,
  toContinueResponse,
  toStartResponse,
  toStatsDto,
  toStatusDto,
  TriageStatusDto,
} from './triage-response.dto';
import { TriageResultDto } from './triage-result.dto';

const CaseId = () => Param('case_id', new ParseUUIDPipe({ version: '4' }));
const ANONYMOUS_USER = 'anonymous';

@ApiTags('triage')
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Malformed JSON, wrong types, unknown fields or a bad case id' })
@ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'Redis unavailable or full' })
@Controller('v2/triage')
export class TriageController {
  constructor(private readonly orchestrator: IntelligentTriageOrchestrator) {}

  @Post('start')
  @ApiOperation({ summary: 'Start a triage: Justus greets and asks for the problem' })
  async start(@Body() body: StartTriageDto): Promise<StartTriageResponseDto> {
    return toStartResponse(await this.orchestrator.startIntelligentTriage(body.user_id ?? ANONYMOUS_USER));
  }

  @Post('continue')
  @HttpCode(200)
  @ApiOperation({ summary: "Send the client's answer; get the next question, or the result when complete" })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The triage is already completed (see result_url)' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'Body over 64 KB' })
  async continue(@Body() body: ContinueTriageDto): Promise<ContinueTriageResponseDto> {
    return toContinueResponse(await this.orchestrator.continueIntelligentTriage(body.case_id, body.message));
  }

  @Get('status/:case_id')
  @ApiOperation({ summary: 'Where a triage stands' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async status(@CaseId() caseId: string): Promise<TriageStatusDto> {
    const { conversation, orchestration } = await this.orchestrator.getOrchestrationStatus(caseId);
    return toStatusDto(conversation, orchestration);
  }

  @Get('conversation/:case_id')
  @ApiOperation({ summary: 'The transcript, in the order the turns were acknowledged' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async conversation(@CaseId() caseId: string): Promise<ConversationDto> {
    return toConversationDto((await this.orchestrator.getOrchestrationStatus(caseId)).conversation);
  }

  @Get('result/:case_id')
  @ApiOperation({ summary: 'The triage result' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Still interviewing' })
  result(@CaseId() caseId: string): Promise<TriageResultDto> {
    return this.orchestrator.getResult(caseId);
  }

  @Post('force-complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Finish now with what was collected so far' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  forceComplete(@Body() body: ForceCompleteDto): Promise<TriageResultDto> {
    return this.orchestrator.forceComplete(body.case_id, body.reason);
  }

  @Delete('cleanup/:case_id')
  @ApiOperation({ summary: "Erase every key and index entry of the case" })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async cleanup(@CaseId() caseId: string): Promise<CleanupResponseDto> {
    await this.orchestrator.cleanup(caseId);
    return { case_id: caseId, status: 'cleaned_up' };
  }

  @Get('stats')
  @ApiOperation({ summary: 'Live cases by status and complexity, from the indexes; Redis memory' })
  async stats(): Promise<StatsDto> {
    return toStatsDto(await this.orchestrator.getStats(), version);
  }
}
