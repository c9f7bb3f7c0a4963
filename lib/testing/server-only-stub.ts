// Vitest runs server modules directly; the real `server-only` throws outside a React Server environment.
export {};
