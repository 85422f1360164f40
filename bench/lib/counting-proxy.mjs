// A TCP proxy in front of redis-server that counts what a client really sends: top-level
// commands (parsed from RESP) and round trips (a burst of client bytes answered by the server;
// exact when the load is sequential, as in the accounting runs).
import { createServer, connect } from 'node:net';

export async function startCountingProxy(redisPort) {
  const counts = { commands: 0, roundTrips: 0, byCommand: {} };
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(redisPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const parser = respCommandCounter((name) => {
      counts.commands++;
      counts.byCommand[name] = (counts.byCommand[name] ?? 0) + 1;
    });
    let awaitingReply = false;
    client.on('data', (chunk) => {
      if (!awaitingReply) counts.roundTrips++;
      awaitingReply = true;
      parser(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      awaitingReply = false;
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    counts,
    reset() {
      counts.commands = 0;
      counts.roundTrips = 0;
      counts.byCommand = {};
    },
    stop() {
      sockets.forEach((s) => s.destroy());
      return new Promise((r) => server.close(r));
    },
  };
}

/** Streaming parser of client RESP (arrays of bulk strings); calls onCommand(name) per command. */
function respCommandCounter(onCommand) {
  let buffer = Buffer.alloc(0);
  let remainingArgs = 0; // bulk strings left in the current command
  let wantName = false;
  return (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    let pos = 0;
    for (;;) {
      const eol = buffer.indexOf('\r\n', pos);
      if (eol < 0) break;
      const type = buffer[pos];
      const n = Number(buffer.toString('latin1', pos + 1, eol));
      if (remainingArgs === 0) {
        if (type !== 0x2a) throw new Error('counting proxy: inline commands are not supported');
        remainingArgs = n;
        wantName = true;
        pos = eol + 2;
        continue;
      }
      if (buffer.length < eol + 2 + n + 2) break; // bulk string not complete yet
      if (wantName) {
        onCommand(buffer.toString('latin1', eol + 2, eol + 2 + n).toLowerCase());
        wantName = false;
      }
      remainingArgs--;
      pos = eol + 2 + n + 2;
    }
    buffer = buffer.subarray(pos);
  };
}
