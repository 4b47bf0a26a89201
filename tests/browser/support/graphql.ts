import { randomUUID } from 'node:crypto';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one operation to `<baseUrl>/graphql` and returns its data; GraphQL errors throw. */
export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GraphQLResponse<T>;
  try {
    body = JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`POST /graphql answered ${response.status} with non-JSON: ${text.slice(0, 500)}`);
  }
  if (body.errors?.length || !body.data) {
    throw new Error(`POST /graphql answered ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** A fresh idempotency key for a command. */
export const commandId = (): string => randomUUID();
