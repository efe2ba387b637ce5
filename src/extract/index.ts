// The public surface of the extractor: text in, Extraction out, no I/O; plus the normalizers the
// graph layer uses to give one node to one document or organization.
export * from './types';
export { extract, rejection } from './extract';
export { normalizePolicyTitle, canonicalOrganization, splitPostTitle, regionLevel } from './normalize';
export type { RegionLevel, CanonicalOrg } from './normalize';
