import { reactConfig } from '@linja/eslint-config';

export default reactConfig(import.meta.dirname);
