// The data-only tests' cases (OpenFisca style): every rules/src/rulebooks/<id>/tests/*.yaml file,
// read for the specs that judge the rules by them and for the property test that draws facts from them.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import type { Fact, InstrumentKind } from '@cs/domain/core';
import { bases } from '../../rules/src/rulebooks/test-bases';

export interface Expected { [field: string]: unknown; cites?: string[]; says?: string; absent?: boolean }
export interface Case {
  name: string;
  kind?: InstrumentKind;
  base?: string;
  drop?: string[];
  facts?: Record<string, unknown>[];
  asOf: string;
  rulebookIds?: string[];
  expect?: { obligations?: Expected[]; flags?: Expected[]; decisions?: Expected[]; noOpenObligations?: boolean };
  error?: { path: string; says?: string };
}
export interface TestFile { rule: string; cases: Case[] }

const RULEBOOKS = path.join(__dirname, '../../rules/src/rulebooks');
const files = fs.readdirSync(RULEBOOKS).flatMap((dir) => {
  const testDir = path.join(RULEBOOKS, dir, 'tests');
  return fs.existsSync(testDir) ? fs.readdirSync(testDir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(testDir, f)) : [];
});
export const loaded = files.map((file) => ({ file: path.relative(RULEBOOKS, file), data: parse(fs.readFileSync(file, 'utf8')) as TestFile }));

/** `{ type, on, payload, id?, role? }` is shorthand for a full fact; anything else is passed as is. */
export function expand(raw: Record<string, unknown>, i: number): unknown {
  if (!('on' in raw)) return raw;
  const role = (raw.role as string) ?? 'programme-office';
  return {
    id: raw.id ?? `case-fact-${i}`,
    type: raw.type,
    effectiveOn: raw.on,
    recordedAt: `${raw.on}T12:00:00.000Z`,
    actor: { id: `${role}-1`, role },
    payload: raw.payload ?? {},
  };
}

/** A case's facts: its base (less what it drops), then its own. */
export function factsOf(c: Case): Fact[] {
  const base = c.base ? bases[c.base] : undefined;
  if (c.base && !base) throw new Error(`unknown base '${c.base}'`);
  return [...(base ? base() : []).filter((f) => !(c.drop ?? []).includes(f.id)), ...(c.facts ?? []).map(expand)] as Fact[];
}
