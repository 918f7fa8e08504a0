import { graphql, type ResultOf } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      isPlatformAdmin
      freshnessDigest
      roles {
        id
        role
        networkId
        organizationId
        isVerified
        network {
          id
          slug
          name
        }
        organization {
          id
          name
        }
      }
    }
  }
`);

export type CurrentUser = NonNullable<ResultOf<typeof MeQuery>['me']>;

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!, $totpCode: String) {
    signIn(email: $email, password: $password, totpCode: $totpCode) {
      status
      user {
        id
        name
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const UpdateMySettingsMutation = graphql(`
  mutation UpdateMySettings($input: MySettingsInput!) {
    updateMySettings(input: $input) {
      id
      freshnessDigest
    }
  }
`);
