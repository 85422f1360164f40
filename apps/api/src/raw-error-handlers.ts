import { FastifyReply, FastifyRequest } from 'fastify';
import { Socket } from 'node:net';
import { errorBody } from './http-exception.filter';

/**
 * Errors Fastify raises before routing (a URL that cannot be decoded, a parameter too long):
 * the one error body, without echoing the URL.
 */
export function frameworkErrors(error: Error & { statusCode?: number; code?: string }, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  reply.code(status).send(errorBody(status, error.code === 'FST_ERR_BAD_URL' ? 'Malformed URL' : 'Bad request'));
}

/** Requests Node's HTTP parser rejects (bad header bytes, oversized headers): answered in the one error body. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify(errorBody(status, status === 431 ? 'Request headers too large' : 'Malformed HTTP request'));
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
