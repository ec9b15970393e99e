// The one ApiClient of this window, set at start-up (tests set a fake one).
import type { ApiClient } from '../../../core/api/index.js';

let current: ApiClient | null = null;

export function setClient(c: ApiClient): void {
  current = c;
}

export function apiClient(): ApiClient {
  if (!current) throw new Error('the API client is not connected yet');
  return current;
}
