import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Codes of the errors this plugin raises. */
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

/** Arguments that set how many items a list field returns. */
const SIZE_ARGUMENTS = new Set(['first', 'limit']);

/**
 * Lists without a size argument, such as an opportunity's sessions, are
 * counted as this many items: an estimate of a long list, not a bound.
 */
const UNSIZED_LIST_ITEMS = 10;

/** Defaults of the size arguments, used when a query leaves them out. */
const DEFAULT_SIZES: Record<string, number> = {
  opportunities: 20,
  opportunityMarkers: 5000,
  places: 10,
  providers: 50,
  organisationOpportunities: 20,
  moderationQueue: 20,
  organisationsAwaitingVerification: 20,
  myRegistrations: 20,
  sessionRegistrations: 50,
  skillNeeds: 20,
  skillNeedMarkers: 2000,
  organisationSkillNeeds: 20,
  mySkillNeedMatches: 20,
  matches: 20,
  contacts: 20,
};

interface CostContext {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  listFields: Set<string>;
  fieldCosts: ReadonlyMap<string, number>;
}

/**
 * Rejects an operation whose estimated cost, the number of field values it
 * could return, is above `maxCost`. Each field costs 1, times the number of
 * items of every list above it, so many aliases of a large page cost what
 * they would make the server do. Fields in `fieldCosts` cost their own
 * amount instead of 1, for work far above reading a value.
 */
export function queryCostPlugin(
  maxCost: number,
  listFields: Iterable<string>,
  fieldCosts: Record<string, number> = {},
): ApolloServerPlugin {
  const unsizedLists = new Set(listFields);
  const costs = new Map(Object.entries(fieldCosts));

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation === undefined) return;
          const context: CostContext = {
            fragments: new Map(),
            variables: request.variables ?? {},
            listFields: unsizedLists,
            fieldCosts: costs,
          };
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              context.fragments.set(definition.name.value, definition);
            }
          }
          const cost = selectionCost(
            operation.selectionSet,
            1,
            context,
            new Set(),
          );
          if (cost > maxCost) {
            throw new GraphQLError(
              `The operation could return about ${Math.round(cost)} values; the maximum is ${maxCost}. Ask for fewer fields, smaller pages or fewer aliases.`,
              { extensions: { code: QUERY_TOO_COSTLY, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  multiplier: number,
  context: CostContext,
  visiting: Set<string>,
): number {
  if (selectionSet === undefined) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const items = multiplier * itemsOf(selection, context);
      const own = context.fieldCosts.get(selection.name.value) ?? 1;
      cost +=
        multiplier * own +
        selectionCost(selection.selectionSet, items, context, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(
        selection.selectionSet,
        multiplier,
        context,
        visiting,
      );
    } else {
      const name = selection.name.value;
      const fragment = context.fragments.get(name);
      if (fragment === undefined || visiting.has(name)) continue;
      visiting.add(name);
      cost += selectionCost(
        fragment.selectionSet,
        multiplier,
        context,
        visiting,
      );
      visiting.delete(name);
    }
  }

  return cost;
}

/** Returns how many times the field's children are repeated. */
function itemsOf(field: FieldNode, context: CostContext): number {
  for (const argument of field.arguments ?? []) {
    if (!SIZE_ARGUMENTS.has(argument.name.value)) continue;
    const size = numberValue(argument.value, context.variables);
    if (size !== null) return Math.max(1, size);
  }
  const name = field.name.value;
  if (name in DEFAULT_SIZES) return DEFAULT_SIZES[name]!;

  return context.listFields.has(name) ? UNSIZED_LIST_ITEMS : 1;
}

function numberValue(
  value: ValueNode,
  variables: Record<string, unknown>,
): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const variable = variables[value.name.value];

    return typeof variable === 'number' ? variable : null;
  }

  return null;
}
