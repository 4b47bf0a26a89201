import { type ArgumentMetadata, ArgumentsHost, Catch, type ExceptionFilter, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@norte/domain';
import { CommandIdReusedError, DuplicateEventIdError, WrongExpectedVersionError } from '@norte/event-store';
import { GraphQLError } from 'graphql';

/** The one place that maps domain and store errors onto GraphQL `extensions.code`. */
@Catch(DomainError, CommandIdReusedError, DuplicateEventIdError, WrongExpectedVersionError, GraphQLError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError | CommandIdReusedError | DuplicateEventIdError | WrongExpectedVersionError | GraphQLError, _host: ArgumentsHost): GraphQLError {
    // Input errors raised at the edge are already shaped; pass them on without logging them as failures.
    if (error instanceof GraphQLError) return error;
    if (error instanceof DomainError) {
      return new GraphQLError(error.message, {
        extensions: { code: error.code, field: error.field ? `input.${error.field}` : undefined, facts: error.facts },
      });
    }
    if (error instanceof CommandIdReusedError || error instanceof DuplicateEventIdError) {
      return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', field: 'input.commandId' } });
    }
    return new GraphQLError('The record was changed by someone else at the same time; try again', {
      extensions: { code: 'CONFLICT' },
    });
  }
}

function flatten(errors: readonly ValidationError[], prefix: string): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = `${prefix}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Input shape validation at the edge: the first problem names its field, all are listed. */
class InputValidationPipe extends ValidationPipe {
  // Scalars such as Position arrive parsed (bigint): only input objects are validated here.
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return (metadata.metatype as unknown) !== BigInt && super.toValidate(metadata);
  }
}

export const validationPipe = new InputValidationPipe({
  whitelist: true,
  forbidUnknownValues: true,
  transform: true,
  exceptionFactory: (errors) => {
    const problems = flatten(errors, 'input');
    const [first] = problems;
    return new GraphQLError(first ? `${first.field}: ${first.message}` : 'Invalid input', {
      extensions: { code: 'BAD_USER_INPUT', field: first?.field, problems },
    });
  },
});

