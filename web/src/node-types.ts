// How each kind of node looks: colour, shape and Chinese name, shared by the graph style, the
// legend, the type filter and the search results.
export interface NodeTypeInfo {
  /** The Neo4j label, GraphNode.type. */
  label: string;
  /** The GraphQL enum value, SearchHit.type. */
  value: string;
  zh: string;
  color: string;
  shape: string;
}

export const NODE_TYPES: NodeTypeInfo[] = [
  { label: 'Person', value: 'PERSON', zh: '人物', color: '#e4572e', shape: 'ellipse' },
  { label: 'Organization', value: 'ORGANIZATION', zh: '机构', color: '#2e86ab', shape: 'round-rectangle' },
  // round-diamond: Cytoscape 3.34 misses clicks on the exact centre of a plain diamond.
  { label: 'Post', value: 'POST', zh: '职务', color: '#9b5de5', shape: 'round-diamond' },
  { label: 'Meeting', value: 'MEETING', zh: '会议', color: '#f2a541', shape: 'hexagon' },
  { label: 'PolicyDocument', value: 'POLICY_DOCUMENT', zh: '政策文件', color: '#3bb273', shape: 'rectangle' },
  { label: 'Article', value: 'ARTICLE', zh: '文章', color: '#8d99ae', shape: 'round-triangle' },
  { label: 'Region', value: 'REGION', zh: '地区', color: '#b5838d', shape: 'octagon' },
];

const UNKNOWN: NodeTypeInfo = { label: '?', value: '?', zh: '其他', color: '#999', shape: 'ellipse' };

export const typeInfo = (labelOrValue: string): NodeTypeInfo =>
  NODE_TYPES.find((t) => t.label === labelOrValue || t.value === labelOrValue) ?? { ...UNKNOWN, label: labelOrValue };

// Relationship names as a reader of the articles would say them.
export const EDGE_ZH: Record<string, string> = {
  HOLDS: '任职', IN: '属于', PART_OF: '隶属', ORGANIZED: '召开', ISSUED_BY: '印发', IN_REGION: '地区',
  CITES: '学习/传达', REPORTED_IN: '报道', FOLLOWS: '承接', MENTIONS: '提及', ABOUT: '关于', PARTICIPATED: '参加',
};
export const ROLE_ZH: Record<string, string> = { PRESIDED: '主持', SPOKE: '讲话', ATTENDED: '出席' };

export const edgeLabel = (type: string, props: Record<string, unknown>): string =>
  (type === 'PARTICIPATED' && ROLE_ZH[String(props.role)]) || EDGE_ZH[type] || type;
