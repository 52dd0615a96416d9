import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Creates a validation rule that rejects operations nested deeper than `maxDepth`
 * fields, counting through fragments, so that one request cannot ask for an
 * unbounded tree.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      }
    }

    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(
          operation.selectionSet,
          fragments,
          new Set(),
        );
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The operation is nested ${depth} fields deep; the maximum is ${maxDepth}.`,
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };
}

function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selectionDepth(selection.selectionSet, fragments, visiting);
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(
        deepest,
        selectionDepth(selection.selectionSet, fragments, visiting),
      );
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment that spreads itself is reported by graphql's own rules.
      if (fragment === undefined || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(
        deepest,
        selectionDepth(fragment.selectionSet, fragments, visiting),
      );
      visiting.delete(name);
    }
  }

  return deepest;
}
