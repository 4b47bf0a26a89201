import { createContext, useContext, useSyncExternalStore } from 'react';

export type LiveState = 'connecting' | 'connected' | 'offline';

/** State of the subscription socket, observable from React and from plain listeners. */
export interface LiveConnection {
  getState(): LiveState;
  /** Called on every state change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Called each time the socket (re)connects; events may have been missed while it was down. */
  onConnected(listener: () => void): () => void;
}

export interface LiveConnectionControl extends LiveConnection {
  setState(state: LiveState): void;
}

export function createLiveConnection(): LiveConnectionControl {
  let state: LiveState = 'connecting';
  const listeners = new Set<() => void>();
  const connectedListeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onConnected(listener) {
      connectedListeners.add(listener);
      return () => connectedListeners.delete(listener);
    },
    setState(next) {
      if (next === state) return;
      state = next;
      listeners.forEach((l) => l());
      if (next === 'connected') connectedListeners.forEach((l) => l());
    },
  };
}

const LiveConnectionContext = createContext<LiveConnection | null>(null);

export const LiveConnectionProvider = LiveConnectionContext.Provider;

export function useLiveConnection(): LiveConnection {
  const live = useContext(LiveConnectionContext);
  if (!live) throw new Error('useLiveConnection needs a LiveConnectionProvider');
  return live;
}

export function useLiveState(): LiveState {
  const live = useLiveConnection();
  return useSyncExternalStore(live.subscribe, live.getState);
}
