import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { CHANNELS, KPI_METRICS, type Channel, type KpiMetric } from '@norte/domain';
import { CommandInput } from '../../platform/common.inputs';
import { ChannelEnum, KpiMetricEnum } from '../../platform/program.enums';

const NORMS = 'At most 50 norms of 1–500 characters; organisational text: must not hold personal data.';
const PROTOCOL = '1–1000 characters; organisational text: must not hold personal data.';

@InputType({ description: 'Behaviour norms grouped as Be / Know / Do (Ser / Saber / Hacer); at least one in all.' })
export class BehaviourNormsInput {
  @Field(() => [String], { description: `Be (Ser). ${NORMS}` })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  be!: string[];

  @Field(() => [String], { description: `Know (Saber). ${NORMS}` })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  know!: string[];

  @Field(() => [String], { description: `Do (Hacer). ${NORMS}` })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  do!: string[];
}

@InputType({ description: 'The contact protocol: how every contact opens, identifies and closes.' })
export class ContactProtocolsInput {
  @Field({ description: PROTOCOL })
  @IsString()
  @Length(1, 1000)
  greeting!: string;

  @Field({ description: PROTOCOL })
  @IsString()
  @Length(1, 1000)
  identification!: string;

  @Field({ description: PROTOCOL })
  @IsString()
  @Length(1, 1000)
  closing!: string;
}

@InputType()
export class PublishServicePolicyInput extends CommandInput {
  @Field(() => Int, { description: 'Greater than every version published before, retracted ones included.' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version!: number;

  @Field({ description: 'Organisational text: must not hold personal data.' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => BehaviourNormsInput)
  @ValidateNested()
  @Type(() => BehaviourNormsInput)
  norms!: BehaviourNormsInput;

  @Field(() => ContactProtocolsInput)
  @ValidateNested()
  @Type(() => ContactProtocolsInput)
  protocols!: ContactProtocolsInput;
}

@InputType()
export class SetServiceStandardInput extends CommandInput {
  @Field(() => ChannelEnum)
  @IsIn(CHANNELS)
  channel!: Channel;

  @Field(() => KpiMetricEnum)
  @IsIn(KPI_METRICS)
  metric!: KpiMetric;

  @Field(() => Float, { description: 'The most the metric may reach (lower is better), 0–1,000,000.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  target!: number;
}
