/**
 * The user tag that holds an agent's extension (`Agent.EXTENSION_TAG`), here so that the agent's
 * validator reads it without importing the construct.
 */
export const EXTENSION_TAG = 'Extension';
