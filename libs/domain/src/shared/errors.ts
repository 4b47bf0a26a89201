/** Codes the API maps one-to-one onto GraphQL `extensions.code`. */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field at fault, as a dotted path of the command's data (e.g. `parentId`). */
    readonly field?: string,
    /** Ids of facts involved, e.g. the facts to retract before a back-dated fact is accepted. */
    readonly facts?: readonly string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (field: string, message: string) => new DomainError('NOT_FOUND', message, field);
export const conflict = (message: string, field?: string, facts?: readonly string[]) =>
  new DomainError('CONFLICT', message, field, facts);
