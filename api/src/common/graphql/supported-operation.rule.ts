import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

/**
 * Rejects a mutation or subscription when the schema has none, so that the
 * client gets a validation error instead of a failure during execution.
 */
export function supportedOperationRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();

  return {
    OperationDefinition(operation) {
      const supported =
        operation.operation === 'query' ||
        (operation.operation === 'mutation' && schema.getMutationType()) ||
        (operation.operation === 'subscription' &&
          schema.getSubscriptionType());
      if (!supported) {
        context.reportError(
          new GraphQLError(
            `This API has no ${operation.operation} operations; send a query.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  };
}
