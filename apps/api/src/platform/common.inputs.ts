import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

/** What every mutation input carries: the idempotency key and, optionally, the business time. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => ID, { description: 'Client-chosen UUID; re-sending it returns the original result.' })
  @IsUUID()
  commandId!: string;

  @Field({ nullable: true, description: 'When it happened (business time, may be in the past); defaults to now.' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;
}

/** Ids chosen by clients (or generated): letters, digits, '-' and '_'. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const ID_MESSAGE = '$property must be 1–64 letters, digits, - or _';
