// The two requests opening a project waits for (store/detail.ts openFloor), in their own small
// module so main.tsx can send them before the app's code has arrived.
import type { ApiClient } from '../../../core/api/index.js';

export function askFloor(client: ApiClient) {
  return [client.call('project.floor', {}), client.call('edit.history', {})] as const;
}

export interface FloorAsked {
  floor: ReturnType<typeof askFloor>[0];
  history: ReturnType<typeof askFloor>[1];
}
