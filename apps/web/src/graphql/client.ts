import { createClient as createWsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createLiveConnection, type LiveConnection } from './live-connection';

/** The API serves this app and GraphQL from one origin (the dev server proxies /graphql). */
function graphqlWebSocketUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/graphql`;
}

export function createApiClient(): { client: Client; live: LiveConnection } {
  const live = createLiveConnection();
  const ws = createWsClient({
    url: graphqlWebSocketUrl(window.location),
    // A dashboard stays open for hours: keep reconnecting (with graphql-ws's backoff) after
    // restarts or network blips instead of giving up after the default five attempts.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connecting: () => live.setState('connecting'),
      connected: () => live.setState('connected'),
      closed: () => live.setState('offline'),
    },
  });

  const client = new Client({
    url: '/graphql',
    // Always POST: Apollo Server's CSRF prevention rejects GET queries without a preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return { client, live };
}
