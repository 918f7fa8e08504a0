// The admin's sign-in operations. Result types are written by hand for these three documents until the
// admin's GraphQL code generation (from apps/api/schema.graphql) arrives with the admin issue.

export const ME_QUERY = /* GraphQL */ `
  query Me {
    me {
      id
      email
      name
      roles {
        role
      }
    }
  }
`;

export const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!, $totpCode: String) {
    signIn(email: $email, password: $password, totpCode: $totpCode) {
      status
      user {
        id
        name
      }
    }
  }
`;

export const SIGN_OUT_MUTATION = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: { role: 'COORDINATOR' | 'ORG_ADMIN' | 'ORG_EDITOR' | 'PROFESSIONAL' }[];
}

export interface MeData {
  me?: CurrentUser | null;
}

export interface SignInData {
  signIn: { status: 'SIGNED_IN' | 'TOTP_REQUIRED'; user: { id: string; name: string } | null };
}
