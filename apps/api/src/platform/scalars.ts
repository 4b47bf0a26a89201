import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

const badPosition = (value: unknown) =>
  new GraphQLError(`Position must be a non-negative integer in a string, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

function toBigInt(value: unknown): bigint {
  if (typeof value !== 'string' || !/^\d{1,20}$/.test(value)) throw badPosition(value);
  return BigInt(value);
}

/** 64-bit positions and revisions travel as decimal strings: GraphQL's Int is only 32 bits. */
@Scalar('Position', () => PositionScalar)
export class PositionScalar implements CustomScalar<string, bigint> {
  description = 'A 64-bit global position or stream revision, encoded as a decimal string.';
  parseValue(value: unknown): bigint {
    return toBigInt(value);
  }
  serialize(value: unknown): string {
    if (typeof value === 'bigint') return value.toString();
    return toBigInt(value).toString();
  }
  parseLiteral(ast: ValueNode): bigint {
    if (ast.kind !== Kind.STRING) throw badPosition('literal of kind ' + ast.kind);
    return toBigInt(ast.value);
  }
}
