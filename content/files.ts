import type { StateKey } from '../machines/states';
import type { BrowserId } from './schema';

export function stepFile(key: StateKey): string {
  return `content/steps/${key.replace('.', '/')}.mdx`;
}

export function browserFile(id: BrowserId): string {
  return `content/browsers/${id}.mdx`;
}
