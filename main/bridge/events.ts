// Server-Sent Events: progress of long calls pushed to every connected page.
import type { ServerResponse } from 'node:http';
import type { ProgressEvent } from '../../core/api/define.js';

const PING_MS = 15_000;

export class EventHub {
  private clients = new Set<ServerResponse>();
  private timer: NodeJS.Timeout | null = null;

  attach(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    if (!this.timer) {
      this.timer = setInterval(() => this.broadcast(': ping\n\n'), PING_MS);
      this.timer.unref();
    }
  }

  progress(e: ProgressEvent): void {
    this.broadcast(`event: progress\ndata: ${JSON.stringify(e)}\n\n`);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private broadcast(chunk: string): void {
    for (const c of this.clients) c.write(chunk);
  }
}
