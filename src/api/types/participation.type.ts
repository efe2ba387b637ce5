import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Meeting } from './meeting.type';
import { Person } from './person.type';

export enum Role {
  PRESIDED = 'PRESIDED',
  SPOKE = 'SPOKE',
  ATTENDED = 'ATTENDED',
}
registerEnumType(Role, { name: 'Role', description: 'What a person did at a meeting: presided (主持), spoke (讲话, 部署, 传达…) or attended (出席, 参加, 列席).' });

@ObjectType({ simpleResolvers: true, description: 'A person taking part in a meeting in one role.' })
export class Participation {
  @Field(() => Person) person!: Person;
  @Field(() => Meeting) meeting!: Meeting;
  @Field(() => Role) role!: Role;
  @Field({ description: 'The words of the article (主持会议, 列席, 传达学习《意见》精神).' }) action!: string;
  /** The PARTICIPATED relationship's element id, by which its evidence is read. */
  relId?: string | null;
}

/** A PARTICIPATED relationship between a person and a meeting as an API object. */
export function toParticipation(person: Person, meeting: Meeting, rel: Record<string, unknown>): Participation {
  return Object.assign(new Participation(), { person, meeting, role: rel.role as Role, action: String(rel.action ?? ''), relId: (rel.eid as string) ?? null });
}
