#!/bin/sh
# Prisma's CLI insists on a native schema engine binary, which cannot be downloaded here.
# `prisma generate` only needs the path to exist; any command that would really use the engine ends here.
echo "linja: the native Prisma schema engine is not available; use 'npm run db:migrate' to apply and 'npm run db:migrate:create -- <name>' to author migrations" >&2
exit 1
