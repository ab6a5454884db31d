import type { Citation, InstrumentKind } from '@cs/domain';

export function listRulebooks(): { id: string; version: string; title: string; kind: InstrumentKind | 'amendment'; sources: Citation[] }[] {
  return [];
}

export function getRulebook(id: string): unknown {
  return { id };
}
