-- A sign-up made without an account waits for the confirmation link in its mail (PENDING) and holds
-- no place until then: nobody can fill an event with addresses they do not control, and signing up
-- answers the same whether or not the address is already signed up.
-- AlterEnum
ALTER TYPE "signup_status" ADD VALUE 'PENDING';
