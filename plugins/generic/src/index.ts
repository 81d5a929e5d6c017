import { definePlugin } from '@liandong/sdk';
import { manifest } from './manifest.ts';

export const plugin = definePlugin(manifest);
export default plugin;
