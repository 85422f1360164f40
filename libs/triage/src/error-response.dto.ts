import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Every error: `message` for developers, `detail` one sentence in Portuguese for the person. */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found' }) error: string;
  @ApiProperty({ type: 'string', description: 'For developers; validation problems joined with "; "', example: 'case_id must be a UUID v4' })
  message: string;
  @ApiProperty({ description: 'One sentence in Portuguese to show the person', example: 'Não encontramos esta triagem. Ela pode ter expirado; comece uma nova conversa.' })
  detail: string;
  @ApiPropertyOptional({ description: '409 on a completed triage: where its result is', example: '/api/v2/triage/result/3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10' })
  result_url?: string;
  @ApiPropertyOptional({
    description:
      '503: why Redis cannot serve the request (`failover`: a primary is changing), or `newer_schema`: a newer build wrote the case during a rolling update (retry after `Retry-After`)',
    enum: ['unreachable', 'timeout', 'out_of_memory', 'loading', 'failover', 'newer_schema'],
  })
  reason?: string;
  @ApiPropertyOptional({ description: '409 on a concurrent change: the stored versions', example: { conversation: 4, orchestration: 4 } })
  current_version?: Record<string, number>;
}
