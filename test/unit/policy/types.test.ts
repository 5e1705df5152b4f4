import { describe, expectTypeOf, it } from 'vitest';
import type { Category } from '../../../src/detect/types';
import type { CATEGORIES, SchemaPolicy, THRESHOLDS } from '../../../src/policy/schema';
import type { Policy, Threshold } from '../../../src/policy/types';

// The hand-written Policy (which others code against) must equal what the schema describes.
// Type-level only: `tsc --noEmit` (npm run check) fails if they drift; vitest runs it too.
describe('Policy type', () => {
  it('equals the type derived from the schema', () => {
    expectTypeOf<Policy>().toEqualTypeOf<SchemaPolicy>();
  });

  it('uses the detection engine categories and severities', () => {
    expectTypeOf<(typeof CATEGORIES)[number]>().toEqualTypeOf<Category>();
    expectTypeOf<(typeof THRESHOLDS)[number]>().toEqualTypeOf<Threshold>();
  });
});
