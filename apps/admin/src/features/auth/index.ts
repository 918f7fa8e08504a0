import { defineFeature } from '../../app/feature';
import { authMessages } from './i18n';
import { SignInPage } from './SignInPage';

export const authFeature = defineFeature({
  id: 'auth',
  messages: authMessages,
  publicRoutes: [{ path: 'sign-in', Component: SignInPage }],
});
