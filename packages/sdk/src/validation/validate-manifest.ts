import { type Manifest, manifestSchema } from '../manifest/manifest.schema.ts';
import { isValidRange, satisfies } from '../semver/semver-range.ts';
import { SDK_VERSION } from '../version.ts';
import { field, looseString } from './loose-data.ts';
import { checkReferences } from './reference-check.ts';
import { checkRules } from './rule-check.ts';
import type { ValidationProblem } from './validation-problem.ts';
import { zodIssuesToProblems } from './zod-problems.ts';

/** The outcome of {@link validateManifest}: the manifest with defaults filled in, or every problem found. */
export type ManifestValidation =
  | { readonly ok: true; readonly manifest: Manifest }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

function checkSdkRange(input: unknown, sdkVersion: string): ValidationProblem[] {
  const range = looseString(field(input, 'sdk'));
  if (range === undefined || range.length === 0) return [];
  if (!isValidRange(range)) {
    return [
      {
        path: 'sdk',
        message: `unsupported range "${range}": use ^x.y.z, ~x.y.z, >=x.y.z, x.y.z or x.y.z - a.b.c`,
      },
    ];
  }
  if (satisfies(sdkVersion, range)) return [];
  return [{ path: 'sdk', message: `the plugin needs SDK "${range}", but this SDK is ${sdkVersion}` }];
}

/**
 * Validates a manifest as the platform loads it: the schema, core's checks of
 * every deadline rule, every reference between keys, duplicate keys and the SDK range. All problems are returned at
 * once, each with the exact path into the manifest. `sdkVersion` exists for tests.
 */
export function validateManifest(input: unknown, sdkVersion: string = SDK_VERSION): ManifestValidation {
  const parsed = manifestSchema.safeParse(input);
  const schemaProblems = parsed.success ? [] : zodIssuesToProblems(parsed.error.issues, input);
  const referenceProblems = [...checkReferences(input), ...checkSdkRange(input, sdkVersion)];
  // A bad reference is also a malformed key to the schema; "unknown unit" is the helpful half.
  const explained = new Set(referenceProblems.map((p) => p.path));
  // Core's rule checks only add something where the schema found the rule well-formed.
  const ruleProblems = checkRules(input).filter(
    (r) => !schemaProblems.some((p) => p.path === r.path || p.path.startsWith(`${r.path}.`)),
  );
  const problems = [
    ...schemaProblems.filter((p) => !explained.has(p.path)),
    ...ruleProblems,
    ...referenceProblems,
  ];
  if (parsed.success && problems.length === 0) return { ok: true, manifest: parsed.data };
  return { ok: false, problems };
}
