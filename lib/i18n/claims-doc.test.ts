import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';

/** Every key of a catalogue as a dotted path; a list is one key. */
function keysOf(value: unknown, prefix: string, out: string[] = []): string[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) keysOf(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.push(prefix);
  return out;
}

// learn, cluster and browse are sections of the one catalogue, so their keys come out as learn.*, cluster.*, browse.*.
const ALL = keysOf(en, '');

/** The keys whose sentences say how memory behaves: each needs a row in docs/claims.md. */
const EXPLANATORY = [
  /^layers\.\w+\.legend$/,
  /^verdict\./,
  /^tools\.\w+\.(name|what|whatWithoutMapped|none)$/,
  /^advisor\.(noLimit|oomCaught|oomMissed|cacheFalseAlarms|nearMisses|quiet|rssMissed|otherRestarts|psiStalled|psiNone)$/,
  /^memoryStat\.(notes|other)\./,
  /^analyze\.(intro|usageHint|limitHint|otherParts\.)/,
  /^home\.intro$/,
  /^pod\.(legendWorkingSet|legendLines|layerExplain\.|sources|podCgroupText|podCgroupMissing|podTotalSubtitle|swap|swapValue|failcnt|empty)/,
  /^learn\.(intro|pageCache\.(points|usage|arrowDisk)|experiment\.(intro|steps\.\w\.explain)|live\.intro|formulas\.(intro|notes|clamped|needsKubelet|noLimit)|top\.(points|\w+Reads)|alert\.(candidates\.\w+\.(pros|cons)|recommendation))$/,
  /^cluster\.(resourceCopy|pageCache\w+|noKsm|init\w+|pressure\w+|kernel\w+|swap\w+)$/,
  /^browse\.(subtitle|oomKilledTitle|picker\.intro)$/,
];

const doc = readFileSync(join(process.cwd(), 'docs', 'claims.md'), 'utf8');
/** The keys in the first column of the tables: "| `verdict.noLimit` | …". */
const documented = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);

describe('docs/claims.md', () => {
  it('has a row for every explanatory message key', () => {
    const explanatory = ALL.filter((k) => EXPLANATORY.some((re) => re.test(k)));
    expect(explanatory.length).toBeGreaterThan(100);
    expect(
      explanatory.filter((k) => !documented.includes(k)),
      'add a row (claim in short, source) to docs/claims.md for each',
    ).toEqual([]);
  });

  it('names only keys that exist, each once', () => {
    expect(
      documented.filter((k) => !ALL.includes(k)),
      'renamed or removed keys: update docs/claims.md',
    ).toEqual([]);
    expect(documented.filter((k, i) => documented.indexOf(k) !== i)).toEqual([]);
  });

  it('names a source for every row', () => {
    const rows = doc.split('\n').filter((l) => /^\| `[^`]+` \|/.test(l));
    expect(rows.filter((l) => l.split('|').at(-2)?.trim() === '')).toEqual([]);
  });
});
