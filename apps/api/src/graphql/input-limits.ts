import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';

import { unstorableCharacter } from '../common/text/clip';

/** Bounds on every value a client sends in an operation's arguments, literal or variable. */
export interface InputLimits {
  /** Longest string argument or input field (UTF-16 code units, as JavaScript counts). */
  readonly maxStringLength: number;
  /** Longest `ID` (ids are UUIDs, codes or slugs). */
  readonly maxIdLength: number;
  /** Most items of a list argument or input field. */
  readonly maxListLength: number;
  /**
   * Other limits for particular places, by schema coordinate: `Type.field` for an input field,
   * `Type.field(arg:)` for an argument. Each must exist in the schema (checked at start-up).
   */
  readonly overrides: Readonly<Record<string, number>>;
}

/**
 * Generous next to every rule the services apply (the longest texts, service descriptions, are at
 * most 5000 characters in @linja/domain; lists at most 50 items), so only abuse meets them. The one
 * longer list: a delivery may name all of Finland's ~300 municipalities (delivery.schema.ts: 400).
 */
export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxStringLength: 10_000,
  maxIdLength: 200,
  maxListLength: 200,
  overrides: {
    'DeliveryAreasInput.municipalityCodes': 400,
    // A CSV file for the service import, base64 (service-import/formats/import-file.ts: at most 512 KiB of
    // bytes, 699 052 characters). As long as the default request body limit (1 MB), so any file that
    // gets through the body limit meets the import's own FILE_TOO_LARGE.
    'ServiceImportInput.contentBase64': 1_048_576,
    'CommitServiceImportInput.contentBase64': 1_048_576,
  },
};

function refusal(field: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Throws at start-up when an override names a field or argument the schema does not have. */
export function assertInputLimitCoordinates(schema: GraphQLSchema, limits: InputLimits): void {
  for (const coordinate of Object.keys(limits.overrides)) {
    const [, typeName = '', fieldName = '', argumentName] =
      /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate) ?? [];
    const type = schema.getType(typeName);
    let found = false;
    if (argumentName === undefined) {
      found = isInputObjectType(type) && fieldName in type.getFields();
    } else if (isObjectType(type) || isInterfaceType(type)) {
      found = Boolean(type.getFields()[fieldName]?.args.some((arg) => arg.name === argumentName));
    }
    if (!found) throw new Error(`Input limit for ${coordinate}: no such place in the schema.`);
  }
}

/**
 * Checks one value against its input type: list lengths, string lengths, and characters PostgreSQL
 * cannot store as sent (NUL, unpaired surrogates). `field` is the dotted path from the argument
 * (`input.content.name.fi`, `input.content.themeIds.3`), `coordinate` the schema coordinate of the
 * place (for the overrides).
 */
function checkValue(
  limits: InputLimits,
  value: unknown,
  type: GraphQLInputType,
  field: string,
  coordinate: string,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    const max = limits.overrides[coordinate] ?? limits.maxListLength;
    if (items.length > max) {
      throw refusal(field, `${field} has ${items.length} items; at most ${max} are allowed.`);
    }
    const itemType = nullable.ofType;
    items.forEach((item, index) => {
      checkValue(limits, item, itemType, `${field}.${index}`, `${coordinate}[]`);
    });
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, inputField] of Object.entries(fields)) {
      const fieldValue = (value as Record<string, unknown>)[name];
      checkValue(
        limits,
        fieldValue,
        inputField.type,
        `${field}.${name}`,
        `${nullable.name}.${name}`,
      );
    }
    return;
  }
  if (typeof value !== 'string') return;
  const max =
    limits.overrides[coordinate] ??
    (nullable === GraphQLID ? limits.maxIdLength : limits.maxStringLength);
  if (value.length > max) {
    throw refusal(
      field,
      `${field} is ${value.length} characters long; at most ${max} are allowed.`,
    );
  }
  const problem = unstorableCharacter(value);
  if (problem) throw refusal(field, `${field} contains ${problem}.`);
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType())
    return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

/**
 * Refuses (throws a GraphQLError: BAD_USER_INPUT, `extensions.field` naming the argument path, HTTP
 * 400) an operation whose arguments, anywhere in it and whether literal or variables, hold a string
 * or list over its limit, a NUL character or an unpaired surrogate. Runs before any resolver, so
 * every argument of every operation is covered without a check per field. Each fragment is walked
 * once. Values that do not fit their types are left to graphql-js, which reports them.
 */
export function enforceInputLimits(
  limits: InputLimits,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): void {
  const { coerced } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variables ?? {},
    { maxErrors: 1 },
  );
  if (!coerced) return;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const walked = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(schema, parent, selection.name.value);
        if (!definition) continue;
        if (selection.arguments?.length) {
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(definition, selection, coerced);
          } catch {
            continue; // execution reports the argument that does not fit
          }
          for (const argument of definition.args) {
            checkValue(
              limits,
              values[argument.name],
              argument.type,
              argument.name,
              `${parent?.name ?? ''}.${definition.name}(${argument.name}:)`,
            );
          }
        }
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(definition.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        walk(selection.selectionSet, condition);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || walked.has(name)) continue;
        walked.add(name);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  };

  walk(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}
