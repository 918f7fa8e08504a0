import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { type Connection } from '../common/pagination/connection.model';
import { type GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { requiredRow } from '../region/utils/required-row.util';
import {
  CreateSupportTopicInput,
  LogSupportContactInput,
  SetSupportContactStatusInput,
  SupportContactsArgs,
  SupportContactTrendArgs,
  SupportTopicsArgs,
  UpdateSupportContactInput,
  UpdateSupportTopicInput,
} from './dto/support-contacts.inputs';
import {
  SupportContactConnection,
  SupportContactModel,
  SupportContactTrendModel,
  SupportTopicConnection,
  SupportTopicModel,
} from './models/support-contact.model';
import { SupportContactService } from './support-contact.service';
import { SupportContactTrendService } from './support-contact-trend.service';
import { toSupportContactModel, toSupportTopicModel } from './support-contacts.mapper';
import { SupportTopicService } from './support-topic.service';

function mapConnection<T, U>(connection: Connection<T>, map: (row: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: map(e.node) })) };
}

/** Support contacts (issue 16): the network coordinators' log, its topics and its trend. */
@Resolver(() => SupportContactModel)
export class SupportContactsResolver {
  constructor(
    private readonly contacts: SupportContactService,
    private readonly topicService: SupportTopicService,
    private readonly trends: SupportContactTrendService,
  ) {}

  @SignedIn('supportContact.manage')
  @Query(() => SupportTopicConnection, {
    description: 'The network’s support-contact topics by position (its coordinators).',
  })
  async supportTopics(
    @CurrentActor() actor: Actor,
    @Args() args: SupportTopicsArgs,
  ): Promise<SupportTopicConnection> {
    return mapConnection(await this.topicService.list(actor, args), toSupportTopicModel);
  }

  @SignedIn('supportContact.manage')
  @Query(() => SupportContactConnection, {
    description:
      'The network’s support contacts, newest day first, with filters (its coordinators).',
  })
  async supportContacts(
    @CurrentActor() actor: Actor,
    @Args() args: SupportContactsArgs,
  ): Promise<SupportContactConnection> {
    return mapConnection(await this.contacts.list(actor, args), toSupportContactModel);
  }

  @SignedIn('supportContact.manage')
  @Query(() => SupportContactModel, {
    description: 'One support contact (NOT_FOUND unless the caller coordinates its network).',
  })
  async supportContact(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SupportContactModel> {
    return toSupportContactModel(await this.contacts.get(actor, id));
  }

  @SignedIn('supportContact.manage')
  @Query(() => SupportContactTrendModel, {
    description: 'Contacts per year and topic over at most 11 years (its coordinators).',
  })
  supportContactTrend(
    @CurrentActor() actor: Actor,
    @Args() args: SupportContactTrendArgs,
  ): Promise<SupportContactTrendModel> {
    return this.trends.trend(actor, args);
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportTopicModel, { description: 'Adds a topic to the network’s list.' })
  async createSupportTopic(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateSupportTopicInput,
  ): Promise<SupportTopicModel> {
    return toSupportTopicModel(await this.topicService.create(actor, input));
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportTopicModel, { description: 'Changes a topic’s labels or order.' })
  async updateSupportTopic(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSupportTopicInput,
  ): Promise<SupportTopicModel> {
    return toSupportTopicModel(await this.topicService.update(actor, input));
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportTopicModel, {
    description: 'Archives a topic: contacts keep it, new ones cannot choose it.',
  })
  async archiveSupportTopic(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SupportTopicModel> {
    return toSupportTopicModel(await this.topicService.setArchived(actor, id, true));
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportTopicModel, { description: 'Brings an archived topic back.' })
  async restoreSupportTopic(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SupportTopicModel> {
    return toSupportTopicModel(await this.topicService.setArchived(actor, id, false));
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportContactModel, {
    description:
      'Logs a contact from a member or partner organisation (the network’s coordinators).',
  })
  async logSupportContact(
    @CurrentActor() actor: Actor,
    @Args('input') input: LogSupportContactInput,
  ): Promise<SupportContactModel> {
    return toSupportContactModel(await this.contacts.log(actor, input));
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportContactModel, {
    description:
      'Changes a logged contact (omitted = unchanged; the status: setSupportContactStatus).',
  })
  async updateSupportContact(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSupportContactInput,
  ): Promise<SupportContactModel> {
    return toSupportContactModel(await this.contacts.update(actor, input));
  }

  @SignedIn('supportContact.manage')
  @Mutation(() => SupportContactModel, {
    description: 'Moves the status as SupportContactStatus documents (CONFLICT otherwise).',
  })
  async setSupportContactStatus(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetSupportContactStatusInput,
  ): Promise<SupportContactModel> {
    return toSupportContactModel(await this.contacts.setStatus(actor, input));
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() contact: SupportContactModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      requiredRow(await loaders.organizationById.load(contact.organizationId), 'Organization'),
    );
  }

  @ResolveField(() => [SupportTopicModel], { description: 'By position (at most 10).' })
  async topics(
    @Parent() contact: SupportContactModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<SupportTopicModel[]> {
    const rows = await loaders.supportTopicsByContactId.load(contact.id);
    return rows.map((row) => toSupportTopicModel(row.topic));
  }
}
