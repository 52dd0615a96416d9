import { createServer, type Server, type Socket } from 'node:net';

/** A message as an SMTP client delivered it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message: headers, a blank line, then the body. */
  data: string;
}

/** A minimal SMTP server on 127.0.0.1 that keeps what it receives. */
export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * Starts an SMTP server that accepts every message without TLS or
 * authentication, speaking just enough of RFC 5321 for nodemailer.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, received);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The SMTP sink has no port.');
  }

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function serve(socket: Socket, received: ReceivedMail[]): void {
  let buffer = '';
  let reading: ReceivedMail | null = null;
  let envelope: ReceivedMail = { from: '', to: [], data: '' };
  const reply = (line: string) => socket.write(`${line}\r\n`);

  reply('220 learnscape-test ESMTP');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\r\n')) !== -1) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (reading !== null) {
        if (line === '.') {
          received.push(reading);
          reading = null;
          envelope = { from: '', to: [], data: '' };
          reply('250 Queued');
        } else {
          // A leading dot is doubled by the client (RFC 5321 4.5.2).
          reading.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
        }
        continue;
      }
      const command = line.slice(0, 4).toUpperCase();
      if (command === 'EHLO' || command === 'HELO')
        reply('250 learnscape-test');
      else if (command === 'MAIL') {
        envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
        reply('250 OK');
      } else if (command === 'RCPT') {
        envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
        reply('250 OK');
      } else if (command === 'DATA') {
        reading = envelope;
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (command === 'QUIT') {
        reply('221 Bye');
        socket.end();
      } else reply('250 OK');
    }
  });
}
