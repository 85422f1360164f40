import { ArgumentsHost, Catch, ExceptionFilter, ServiceUnavailableException } from '@nestjs/common';
import { FastifyReply } from 'fastify';

/** Keeps Terminus's own 503 body (status, info, error, details) for probes and dashboards. */
@Catch(ServiceUnavailableException)
export class HealthCheckFailedFilter implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<FastifyReply>().status(503).send(exception.getResponse());
  }
}
