import { Logger } from '@nestjs/common';
import { ORG_MLL_VS, PERHELINJA_ID } from '@linja/db';

import { eventually } from '../../helpers/outbox';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`;

describe(`mail without SMTP_URL (${DB_MODE_LABEL})`, () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_BASE_URL: 'http://localhost:4000/' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('writes the message, with its link, to the log in development and tests', async () => {
    const log = jest.spyOn(Logger.prototype, 'log');
    try {
      const result = await api.graphql(
        INVITE,
        {
          input: {
            email: 'lokiin@mll-vs.example',
            role: 'ORG_ADMIN',
            organizationId: ORG_MLL_VS,
          },
        },
        `coordinator:${PERHELINJA_ID}`,
      );
      expect(result.errors).toBeUndefined();
      // Mail goes through the outbox: the job that sends it runs after the mutation has answered.
      const entry = await eventually(
        () =>
          Promise.resolve(
            log.mock.calls
              .map(([message]) => message as { to?: string; subject?: string; text?: string })
              .find((message) => message.to === 'lokiin@mll-vs.example'),
          ),
        'the invitation in the mail log',
      );
      expect(entry.subject).toContain('Kutsu Linjaan');
      expect(entry.text).toMatch(
        /http:\/\/localhost:4000\/admin\/accept-invitation\?token=[A-Za-z0-9_-]{43}/,
      );
    } finally {
      log.mockRestore();
    }
  });
});
