/** The organisation's log collector for the e2e layer, on 127.0.0.1. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A collector like the organisation's: accepts JSON batches, can be switched off. */
export class Collector {
  up = true;
  readonly bodies: string[] = [];
  private server: Server = createServer((req, res) => {
    // The extension posts from its service worker; without a host permission that is a CORS request.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization');
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    if (!this.up) {
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      this.bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/collect`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** How often each record id arrived. */
  arrivals(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const body of this.bodies) {
      const parsed = JSON.parse(body) as unknown;
      const records = Array.isArray(parsed) ? parsed : ((parsed as { records?: unknown[] }).records ?? [parsed]);
      for (const record of records as Array<{ id?: string; event?: { id?: string } }>) {
        const id = record.id ?? record.event?.id;
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return counts;
  }
}
