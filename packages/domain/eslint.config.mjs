import { nodeConfig } from '@linja/eslint-config';

export default nodeConfig(import.meta.dirname);
