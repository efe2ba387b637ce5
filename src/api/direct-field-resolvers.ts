// type-graphql calls every resolver through a handler that, on each call, asks its container
// for the resolver instance, sorts and maps the parameter list, and awaits the validation of each
// @Arg (so a field with one answers a promise, even for an enum). A nested answer of a few
// hundred fields pays that a few hundred times: about 4 % of the API's CPU under the
// meetings-region benchmark (BENCHMARKS.md). Where the handler adds nothing (parameters among
// @Root, @Ctx, @Info and an @Arg whose value is not an object, which type-graphql neither
// converts nor validates; no middleware, no @Authorized) the resolver is called directly, its
// parameters placed once, here. Anything else keeps type-graphql's handler: @Args classes, and
// a call whose argument is an object or whose root is not yet of the resolver's class. The root
// fields of Query taking an id count too: they run once a request, but every request.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Args = Record<string, unknown>;
type Pick = (root: unknown, args: Args, context: unknown, info: unknown) => unknown;

interface ParamMeta { kind: string; index: number; name?: string; propertyName?: string; validateFn?: unknown; getType?: () => unknown }
interface ResolverMeta {
  kind?: string;
  target: new () => Record<string, (...a: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  getObjectType?: () => unknown;
  params?: ParamMeta[];
  middlewares?: unknown[];
  roles?: unknown[];
}

function pickOf(p: ParamMeta): Pick | null {
  if (p.propertyName || p.validateFn) return null;
  if (p.kind === 'root') return (r) => r;
  if (p.kind === 'context') return (_r, _a, c) => c;
  if (p.kind === 'info') return (_r, _a, _c, i) => i;
  if (p.kind === 'arg' && p.name) return (_r, a) => a[p.name!];
  return null;
}

/** The parameter pickers, in order; null when type-graphql's handler does something for this resolver. */
function directParams(r: ResolverMeta): Pick[] | null {
  // kind: a field resolver's ('external': a method of a resolver class); a query has none.
  if ((r.kind !== undefined && r.kind !== 'external') || r.middlewares?.length || r.roles) return null;
  const params = [...(r.params ?? [])].sort((a, b) => a.index - b.index);
  const picks = params.map((p, i) => (p.index === i ? pickOf(p) : null));
  return picks.every((p): p is Pick => p !== null) ? picks : null;
}

/** The root's class when type-graphql would convert a root of another class to it. */
function rootClass(r: ResolverMeta): (new () => object) | null {
  const t = r.params?.find((p) => p.kind === 'root')?.getType?.();
  return typeof t === 'function' && t !== Object ? (t as new () => object) : null;
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

/** Replaces type-graphql's handler by a direct call wherever that changes nothing; how many fields. */
export function callFieldResolversDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as { fieldResolvers: ResolverMeta[]; queries: ResolverMeta[]; objectTypes: { target: unknown; name: string }[] };
  const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const fieldOf = (type: unknown, name: string) => (isObjectType(type) ? type.getFields()[name] : undefined);
  const resolvers = [
    ...storage.fieldResolvers.map((r) => ({ r, field: fieldOf(schema.getType(typeName.get(r.getObjectType?.()) ?? ''), r.schemaName) })),
    ...storage.queries.map((r) => ({ r, field: fieldOf(schema.getQueryType(), r.schemaName) })),
  ];
  // One instance per resolver class, as type-graphql's default container keeps; they hold no state.
  const instances = new Map<ResolverMeta['target'], InstanceType<ResolverMeta['target']>>();
  let replaced = 0;
  for (const { r, field } of resolvers) {
    const picks = directParams(r);
    if (!picks || !field?.resolve) continue;
    if (!instances.has(r.target)) instances.set(r.target, new r.target());
    const instance = instances.get(r.target)!;
    const method = instance[r.methodName]!;
    const handler = field.resolve;
    const cls = rootClass(r);
    const argNames = (r.params ?? []).filter((p) => p.kind === 'arg').map((p) => p.name!);
    const [a, b, c] = picks as [Pick, Pick, Pick | undefined];
    // Most take (root, context) or (root, context, an enum): called without building a list.
    const call: Pick = picks.length === 2 ? (r, g, x, i) => method.call(instance, a(r, g, x, i), b(r, g, x, i))
      : picks.length === 3 ? (r, g, x, i) => method.call(instance, a(r, g, x, i), b(r, g, x, i), c!(r, g, x, i))
        : (r, g, x, i) => method.call(instance, ...picks.map((p) => p(r, g, x, i)));
    field.resolve = ((root, args: Args, ctx, info) =>
      (cls && !(root instanceof cls)) || argNames.some((n) => isObject(args[n]))
        ? handler(root, args, ctx, info)
        : call(root, args, ctx, info)) as GraphQLFieldResolver<unknown, unknown>;
    replaced++;
  }
  return replaced;
}
