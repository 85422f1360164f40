import { connect, createServer, Server, Socket } from 'node:net';

/** A Lua script call in RESP: `evalsha` or `eval` as the command name. */
export const SCRIPT_CALL = /\$7\r\nevalsha\r\n|\$4\r\neval\r\n/i;
/** A script call on a case's conversation key: a save (not the start-key claim). */
export const SAVE_CALL = /(\$7\r\nevalsha|\$4\r\neval)\r\n[\s\S]*conversation:\{/i;

/**
 * A TCP proxy in front of Redis that, while `holdMs` > 0, delivers every reply of a connection
 * from a `holdAfter` command on `holdMs` late, in order. Redis has applied the script; a client whose
 * command timeout is shorter gives up: a write that happened but was answered as a failure.
 */
export class SlowReplyProxy {
  /** How late replies after a script call arrive; 0 = a plain pass-through. */
  holdMs = 0;
  /** The commands whose reply (and every later one of the connection) is held. */
  holdAfter = SCRIPT_CALL;
  /** Client bursts answered by Redis, over every connection: round trips, exact while requests come one at a time. */
  roundTrips = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<SlowReplyProxy> {
    let proxy: SlowReplyProxy | undefined;
    const server = createServer((client) => proxy!.pipe(client, targetPort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new SlowReplyProxy(server, (server.address() as { port: number }).port);
    return proxy;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  async close(): Promise<void> {
    this.sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => this.server.close(resolve));
  }

  private pipe(client: Socket, targetPort: number): void {
    const upstream = connect(targetPort, '127.0.0.1');
    let holdUntil = 0;
    let delivery = Promise.resolve();
    let awaitingReply = false;
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => {
      if (!awaitingReply) this.roundTrips++;
      awaitingReply = true;
      if (this.holdMs > 0 && this.holdAfter.test(chunk.toString('latin1'))) holdUntil = Date.now() + this.holdMs;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      awaitingReply = false;
      const wait = holdUntil - Date.now();
      delivery = delivery
        .then(() => wait > 0 && new Promise((resolve) => setTimeout(resolve, wait).unref()))
        .then(() => void (client.destroyed || client.write(chunk)));
    });
  }
}
