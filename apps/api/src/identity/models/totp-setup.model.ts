import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TotpSetup {
  @Field({ description: 'Base32 secret, for typing into an authenticator app by hand.' })
  secret!: string;

  @Field({ description: 'otpauth:// URI, for a QR code.' })
  otpauthUri!: string;
}
