import type { Label } from '../../graph/model';
import type { Plain } from '../../graph/values';
import { toArticle, toMeeting, toOrganization, toPerson, toPolicy, toPost, toRegion } from '../types/from-plain';
import type { Node } from '../types/node.type';

/** Graph rows of each label → the API's object of that type. */
export const CONVERT: Record<Label, (p: Plain) => Node> = {
  Person: toPerson, Organization: toOrganization, Post: toPost, Meeting: toMeeting,
  PolicyDocument: toPolicy, Article: toArticle, Region: toRegion,
};
