/** Browser glue of the policy: read managed + user settings, watch them, save user changes. */
export { loadEffectivePolicy, watchEffectivePolicy, type EffectivePolicy, type SettingsDeps } from './effective-policy';
export { readManagedStorage, type ManagedArea, type ManagedRead } from './read-managed';
export { saveUserSettings, resetUserSetting, type SaveResult } from './user-settings';
export { userSettingsItem, managedCacheItem } from './items';
