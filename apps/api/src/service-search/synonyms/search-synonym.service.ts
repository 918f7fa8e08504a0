import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type SearchSynonym } from '@linja/db';

import { AuditService, type FieldChangeRecord } from '../../audit/audit.service';
import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { type Connection, toConnection } from '../../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../../common/pagination/cursor';
import { type PaginationArgs } from '../../common/pagination/pagination.args';
import { SEARCH_LOCALES } from '../models/service-search.model';
import {
  type CreateSearchSynonymInput,
  type UpdateSearchSynonymInput,
} from './search-synonym.model';

const MIN_WORDS = 2;
const MAX_WORDS = 20;
const MAX_WORD_LENGTH = 40;
/** An entry is a word or a phrase of at most this many words ("violence at home"). */
const MAX_PHRASE_WORDS = 4;
const SINGLE_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * A network's search synonym groups (its coordinators and platform admins, permission
 * `search.manageSynonyms`). The search (ServiceSearchService) reads them per query, so a change
 * applies to the next search. Every change is audited.
 */
@Injectable()
export class SearchSynonymService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async list(
    actor: Actor,
    networkId: string,
    args: PaginationArgs,
  ): Promise<Connection<SearchSynonym>> {
    this.authz.assert(actor, 'search.manageSynonyms', { networkId });
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const where: Prisma.SearchSynonymWhereInput = { networkId };
    const after = page.after;
    const rows = await this.prisma.searchSynonym.findMany({
      where: after
        ? {
            ...where,
            OR: [
              { createdAt: { gt: new Date(after[0]) } },
              { createdAt: new Date(after[0]), id: { gt: after[1] } },
            ],
          }
        : where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: page.take + 1,
    });
    const total = await this.prisma.searchSynonym.count({ where });
    return toConnection(
      rows,
      page,
      total,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => row,
    );
  }

  async create(actor: Actor, input: CreateSearchSynonymInput): Promise<SearchSynonym> {
    const network = isUuid(input.networkId)
      ? await this.prisma.network.findUnique({ where: { id: input.networkId } })
      : null;
    if (!network) {
      throw new DomainError('NOT_FOUND', `No network ${input.networkId}.`, { id: input.networkId });
    }
    this.authz.assert(actor, 'search.manageSynonyms', { networkId: network.id });
    const language = checkLanguage(input.language);
    const words = checkWords(input.words);
    return this.prisma.$transaction(async (tx) => {
      await assertNoSameGroup(tx, network.id, language, words, null);
      const group = await tx.searchSynonym.create({
        data: { networkId: network.id, language, words },
      });
      await this.record(tx, actor, group, 'search.synonym_created', [
        { field: 'words', locale: language, before: null, after: words.join(', ') },
      ]);
      return group;
    });
  }

  async update(actor: Actor, input: UpdateSearchSynonymInput): Promise<SearchSynonym> {
    const group = await this.load(actor, input.id);
    const language = isSet(input.language) ? checkLanguage(input.language) : group.language;
    const words = isSet(input.words) ? checkWords(input.words) : group.words;
    return this.prisma.$transaction(async (tx) => {
      await assertNoSameGroup(tx, group.networkId, language, words, group.id);
      const updated = await tx.searchSynonym.update({
        where: { id: group.id },
        data: { language, words },
      });
      const changes: FieldChangeRecord[] = [];
      if (group.language !== updated.language) {
        changes.push({
          field: 'language',
          locale: null,
          before: group.language,
          after: updated.language,
        });
      }
      if (group.words.join(', ') !== updated.words.join(', ')) {
        changes.push({
          field: 'words',
          locale: updated.language,
          before: group.words.join(', '),
          after: updated.words.join(', '),
        });
      }
      if (changes.length > 0) {
        await this.record(tx, actor, updated, 'search.synonym_updated', changes);
      }
      return updated;
    });
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const group = await this.load(actor, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.searchSynonym.delete({ where: { id: group.id } });
      await this.record(tx, actor, group, 'search.synonym_deleted', [
        { field: 'words', locale: group.language, before: group.words.join(', '), after: null },
      ]);
    });
    return group.id;
  }

  /** The group, after checking the actor manages its network's synonyms (NOT_FOUND first). */
  private async load(actor: Actor, id: string): Promise<SearchSynonym> {
    const group = isUuid(id) ? await this.prisma.searchSynonym.findUnique({ where: { id } }) : null;
    if (!group) throw new DomainError('NOT_FOUND', `No synonym group ${id}.`, { id });
    this.authz.assert(actor, 'search.manageSynonyms', { networkId: group.networkId });
    return group;
  }

  private record(
    tx: Prisma.TransactionClient,
    actor: Actor,
    group: SearchSynonym,
    action: string,
    changes: FieldChangeRecord[],
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'SearchSynonym',
      entityId: group.id,
      networkId: group.networkId,
      changes,
    });
  }
}

const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function checkLanguage(language: string): string {
  if (!(SEARCH_LOCALES as readonly string[]).includes(language)) {
    throw new BadUserInputError('language', 'language: fi, sv or en.');
  }
  return language;
}

/**
 * Trimmed, lower-case entries, 2–20 of them, none repeated: each a word of letters and digits, or a
 * phrase of up to four such words separated by single spaces ("violence at home"), which the search
 * matches when the words are typed in that order (stop words aside).
 */
export function checkWords(input: readonly string[]): string[] {
  const words = input.map((word) =>
    word.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase(),
  );
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) {
    throw new BadUserInputError('words', `words: ${MIN_WORDS}–${MAX_WORDS} words.`);
  }
  for (const word of words) {
    if (word === '') throw new BadUserInputError('words', 'words: a word is empty.');
    const parts = word.split(' ');
    if (
      parts.length > MAX_PHRASE_WORDS ||
      parts.some((part) => [...part].length > MAX_WORD_LENGTH || !SINGLE_WORD.test(part))
    ) {
      throw new BadUserInputError(
        'words',
        `words: "${word.slice(0, MAX_WORD_LENGTH)}" is not a word or a phrase of up to ${MAX_PHRASE_WORDS} words (letters and digits, at most ${MAX_WORD_LENGTH} each).`,
      );
    }
  }
  const repeated = words.find((word, index) => words.indexOf(word) !== index);
  if (repeated !== undefined) {
    throw new BadUserInputError('words', `words: "${repeated}" is listed twice.`);
  }
  return words;
}

/** CONFLICT when the network already has a group of the same words in the same language. */
async function assertNoSameGroup(
  tx: Prisma.TransactionClient,
  networkId: string,
  language: string,
  words: readonly string[],
  exceptId: string | null,
): Promise<void> {
  const candidates = await tx.searchSynonym.findMany({
    where: { networkId, language, words: { hasEvery: [...words] } },
    select: { id: true, words: true },
  });
  const same = candidates.find(
    (group) => group.id !== exceptId && group.words.length === words.length,
  );
  if (same) {
    throw new DomainError('CONFLICT', 'The network already has a synonym group of these words.', {
      field: 'words',
      id: same.id,
    });
  }
}
