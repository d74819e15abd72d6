import net from 'node:net';

export type WireCounter = {
  origin: string;
  /** Bytes sent by the browser (requests, headers included) and received by it, since the last reset. */
  readonly sent: number;
  readonly received: number;
  reset(): void;
  close(): Promise<void>;
};

/**
 * A TCP relay on 127.0.0.1 in front of the server that counts every byte each way: what a device
 * would pay for on a metered link, HTTP headers included (TLS excepted).
 */
export async function startWireCounter(targetPort: number): Promise<WireCounter> {
  let sent = 0;
  let received = 0;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => { sent += chunk.length; });
    upstream.on('data', (chunk: Buffer) => { received += chunk.length; });
    client.pipe(upstream).pipe(client);
    const drop = () => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    get sent() { return sent; },
    get received() { return received; },
    reset() { sent = 0; received = 0; },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => relay.close(() => resolve()));
    },
  };
}
