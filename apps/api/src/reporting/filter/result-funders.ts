import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PrismaClient } from '@linja/db';

import { SignedIn } from '../../auth/access.decorators';
import { type Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { AuthorizationService } from '../../authz/authorization.service';
import { isUuid } from '../../common/ids/is-uuid';
import { paginateLoaded } from '../../common/pagination/in-memory';
import { Paginated } from '../../common/pagination/connection.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { FundingType } from '../models/reporting-enums';
import { assertMayRead, networkBySlug } from '../reporting-access';

@ArgsType()
export class ResultFundersArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the funders of the services this organisation answers for or produces.',
  })
  organizationId?: string | null;
}

@ObjectType('ResultFunder', {
  description:
    'A funder of the network’s services (type and name), for the results’ funder filter.',
})
export class ResultFunderModel {
  @Field(() => FundingType)
  type!: FundingType;

  @Field()
  funderName!: string;
}

@ObjectType()
export class ResultFunderConnection extends Paginated(ResultFunderModel) {}

/**
 * The funders of the network's services (with an organisation: of the services it answers for or
 * produces), by type and name: the choices of the results' funder filter. Same readers as the results.
 */
@Injectable()
export class ResultFundersService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  async funders(actor: Actor, args: ResultFundersArgs) {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, args.organizationId);
    const organizationId =
      args.organizationId && isUuid(args.organizationId) ? args.organizationId : undefined;
    const rows = await this.prisma.fundingSource.findMany({
      where: {
        service: {
          networkId: network.id,
          ...(organizationId
            ? {
                OR: [
                  { responsibleOrganizationId: organizationId },
                  { deliveries: { some: { organizationId } } },
                ],
              }
            : {}),
        },
      },
      distinct: ['type', 'funderName'],
      select: { type: true, funderName: true },
      orderBy: [{ type: 'asc' }, { funderName: 'asc' }],
    });
    const items = rows.map((row) => ({ id: `${row.type}:${row.funderName}`, ...row }));
    return paginateLoaded(items, args, (item) => ({
      type: item.type,
      funderName: item.funderName,
    }));
  }
}

@Resolver()
export class ResultFundersResolver {
  constructor(private readonly service: ResultFundersService) {}

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => ResultFunderConnection, {
    description:
      'The funders of the network’s services (with organizationId: of that organisation’s services), for the results’ funder filter.',
  })
  resultFunders(
    @CurrentActor() actor: Actor,
    @Args() args: ResultFundersArgs,
  ): Promise<ResultFunderConnection> {
    return this.service.funders(actor, args);
  }
}
