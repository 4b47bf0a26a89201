import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { OrganisationChangedDocument, OrganisationDocument, type OrganisationQuery } from '../../gql/graphql';
import { useLiveConnection } from '../../graphql/live-connection';

export type Organisation = NonNullable<OrganisationQuery['organisation']>;
export type Unit = Organisation['units'][number];

export type OrganisationState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'not-registered'; updatedAt: Date | null }
  | { status: 'ready'; organisation: Organisation; updatedAt: Date | null };

/** Positions are 64-bit integers sent as decimal strings: compare them as BigInt. */
function laterPosition(current: string | null, next: string): string {
  if (current === null) return next;
  try {
    return BigInt(next) > BigInt(current) ? next : current;
  } catch {
    return next;
  }
}

/**
 * The organisation, kept current: every `organisationChanged` refetches it from the network
 * with `minPosition` = the change's position, so the read model has caught up with that change.
 * A (re)connected socket may have missed changes, so it triggers a refetch too.
 */
export function useOrganisation(): OrganisationState {
  const live = useLiveConnection();
  const [minPosition, setMinPosition] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [result, reexecute] = useQuery({
    query: OrganisationDocument,
    variables: { minPosition },
    requestPolicy: 'network-only',
  });
  const [change] = useSubscription({ query: OrganisationChangedDocument });

  const changedAt = change.data?.organisationChanged.position;
  useEffect(() => {
    if (changedAt) setMinPosition((current) => laterPosition(current, changedAt));
  }, [changedAt]);

  useEffect(() => live.onConnected(() => reexecute({ requestPolicy: 'network-only' })), [live, reexecute]);

  useEffect(() => {
    if (result.data) setUpdatedAt(new Date());
  }, [result.data]);

  // urql keeps the previous data while a refetch runs, so the page never flickers back to loading.
  if (result.data) {
    const organisation = result.data.organisation;
    return organisation
      ? { status: 'ready', organisation, updatedAt }
      : { status: 'not-registered', updatedAt };
  }
  if (result.error) return { status: 'error', retry: () => reexecute({ requestPolicy: 'network-only' }) };
  return { status: 'loading' };
}
