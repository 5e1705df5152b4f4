/**
 * Writes assets/managed_schema.json and docs/admin/policy-reference.md from src/policy/schema.ts.
 * Run: npx tsx scripts/build-managed-schema.ts   (test/unit/policy/agreement.test.ts fails
 * when the committed files are stale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderManagedSchema } from '../src/policy/managed-schema';
import { renderPolicyReference } from '../src/policy/reference-doc';

mkdirSync('docs/admin', { recursive: true });
writeFileSync('assets/managed_schema.json', renderManagedSchema());
writeFileSync('docs/admin/policy-reference.md', renderPolicyReference());
console.log('wrote assets/managed_schema.json and docs/admin/policy-reference.md');
