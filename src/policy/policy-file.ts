/**
 * Administrators try a policy before rolling it out with the same JSON they deploy. This
 * accepts the plain policy object and the two wrappers from the deployment guide: Chromium's
 * managed JSON (`{"3rdparty":{"extensions":{"<id>":{…}}}}`) and Firefox's policies.json
 * (`{"policies":{"3rdparty":{"Extensions":{"<id>":{…}}}}}`). Pure.
 */
export function unwrapPolicyFile(json: unknown): { policy: unknown; wrapper: 'none' | 'chromium' | 'firefox' } {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const only = (value: Record<string, unknown> | undefined): unknown => {
    const values = value ? Object.values(value) : [];
    return values.length === 1 ? values[0] : undefined;
  };
  const root = record(json);
  const firefox = record(record(record(root?.policies)?.['3rdparty'])?.Extensions);
  if (firefox && only(firefox) !== undefined) return { policy: only(firefox), wrapper: 'firefox' };
  const chromium = record(record(root?.['3rdparty'])?.extensions);
  if (chromium && only(chromium) !== undefined) return { policy: only(chromium), wrapper: 'chromium' };
  return { policy: json, wrapper: 'none' };
}
