/**
 * The registry file that rule documentation examples resolve their ids against.
 */

/** A registry with the entity `khalaji` and the source `fars-2023-07-03`, as a researcher's corpus has them. */
export const EXAMPLE_REGISTRY = `---
title: Registry
entities:
  khalaji:
    name: Sepehr Khalaji
sources:
  fars-2023-07-03:
    title: Khalaji on the return of the seized computers
---
`;
