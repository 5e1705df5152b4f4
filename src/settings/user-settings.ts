/**
 * The user's own settings (options page). Only keys the schema marks userEditable are
 * stored; each value is validated before it is saved, and the reply says what was refused.
 */
import type { PolicyError } from '../policy/policy-error';
import { isPolicyKey, POLICY_SCHEMA, type PolicyKey } from '../policy/schema';
import type { Policy } from '../policy/types';
import { parsePolicy } from '../policy/validate';
import { userSettingsItem } from './items';

export interface SaveResult {
  saved: PolicyKey[];
  errors: PolicyError[];
}

export async function saveUserSettings(patch: Partial<Record<PolicyKey, unknown>>): Promise<SaveResult> {
  const errors: PolicyError[] = [];
  const accepted: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    if (!isPolicyKey(key) || !POLICY_SCHEMA[key].userEditable) {
      errors.push({ code: 'not-user-editable', path: key });
      continue;
    }
    const parsed = parsePolicy({ [key]: patch[key] });
    errors.push(...parsed.errors);
    // A value with any error is not saved at all, so the user can correct it as typed.
    if (parsed.errors.length === 0 && Object.hasOwn(parsed.policy, key)) {
      accepted[key] = parsed.policy[key as keyof Policy];
    }
  }
  const saved = Object.keys(accepted) as PolicyKey[];
  if (saved.length > 0) {
    const current = await currentUserSettings();
    await userSettingsItem.setValue({ ...current, ...accepted });
  }
  return { saved, errors };
}

/** Back to the default (or the administrator's value, if one appears later). */
export async function resetUserSetting(key: PolicyKey): Promise<void> {
  const current = await currentUserSettings();
  if (!Object.hasOwn(current, key)) return;
  const { [key]: _removed, ...rest } = current;
  await userSettingsItem.setValue(rest);
}

async function currentUserSettings(): Promise<Record<string, unknown>> {
  try {
    const value = await userSettingsItem.getValue();
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
