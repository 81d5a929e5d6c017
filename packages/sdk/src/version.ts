/**
 * The SDK's own version, checked against each plugin's `sdk` range at load.
 * A test keeps it equal to packages/sdk/package.json so the two cannot drift.
 */
export const SDK_VERSION = '0.1.0';
